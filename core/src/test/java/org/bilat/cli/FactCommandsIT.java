package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.bilat.model.Extraction;
import org.bilat.model.Mention;
import org.bilat.model.Quantity;
import org.bilat.model.Relation;
import org.bilat.model.RelationType;
import org.bilat.store.JudgementAction;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** timeline, figures, conflicts and show over a knowledge base filled with hand-built extractions (no models). */
class FactCommandsIT {
    private static final String FIRST = "Ruritania and Borduria held talks in Strelsau in May 2015."
            + " Ruritania began developing the Falcon-3 missile in 2014."
            + " The Falcon-3 has a range of up to 200 km."
            + " In 2018 the deficit of Ruritania with Borduria was USD 2.77 billion."
            + " President Rudolf Elphberg of Ruritania welcomed the guests.";
    private static final String SECOND = "Talks between Borduria and Ruritania took place on 12 May 2015."
            + " Work on the Falcon-3 missile started in 2015."
            + " Its maximum range is more than 200 km."
            + " Borduria and Ruritania also signed a customs accord.";

    private static final Instant FIRST_DAY = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant SECOND_DAY = Instant.parse("2026-03-09T10:00:00Z");

    @TempDir
    Path dir;

    private String data = "";

    @BeforeEach
    void fillTheKnowledgeBase() {
        data = dir.resolve("data").toString();
        try (Store store = Store.open(Path.of(data), Clock.fixed(FIRST_DAY, ZoneOffset.UTC))) {
            store.save(first());
        }
        try (Store store = Store.open(Path.of(data), Clock.fixed(SECOND_DAY, ZoneOffset.UTC))) {
            store.save(second());
        }
    }

    @Test
    void asOfADayBetweenTheTwoBatchesListsOnlyWhatTheFirstBrought() {
        Run timeline = Run.bilat("timeline", "--data", data, "--as-of", "2026-03-05");
        Run conflicts = Run.bilat("conflicts", "--data", data, "--as-of", "2026-03-05");
        Run figures = Run.bilat("figures", "--data", data, "--as-of", "2026-03-05");

        assertThat(timeline.code()).isZero();
        assertThat(timeline.outLines())
                .containsExactly(
                        "2014 · DEVELOP · Ruritania · Falcon-3 development began · [first.txt]",
                        "2015-05 · MEET · Ruritania, Borduria · talks in Strelsau · [first.txt]");
        assertThat(conflicts.outLines()).containsExactly("no conflicts");
        assertThat(figures.out()).contains("first.txt").doesNotContain("second.txt");
    }

    @Test
    void asOfADayBeforeTheJudgementsShowsTheFactsAsTheMachineReadThem() {
        String develop;
        String range;
        try (Store store = Store.open(Path.of(data))) {
            develop = key(store, "Ruritania began developing");
            range = key(store, "a range of up to");
            store.setting("user", "ana");
        }
        Run reject = Run.bilat("judge", "reject", develop, "--data", data, "--reason", "a plan, not work");
        Run edit = Run.bilat("judge", "edit", range, "--data", data, "--set", "value=250");

        assertThat(List.of(reject.code(), edit.code())).containsExactly(0, 0);
        assertThat(Run.bilat("timeline", "--data", data, "--as-of", "2026-03-05")
                        .outLines())
                .contains("2014 · DEVELOP · Ruritania · Falcon-3 development began · [first.txt]");
        assertThat(Run.bilat("figures", "--data", data, "--as-of", "2026-03-05").outLines())
                .contains("200 KM (up to) · range · Falcon-3 · [first.txt] \"a range of up to 200 km\"");
        assertThat(Run.bilat("timeline", "--data", data).out()).doesNotContain("2014 · DEVELOP");
        assertThat(Run.bilat("figures", "--data", data).out()).contains("250 KM (up to) · range");
    }

    private static String key(Store store, String quoteStart) {
        return store.reviewQueue(null).stream()
                .filter(item -> item.quote().startsWith(quoteStart))
                .findFirst()
                .orElseThrow()
                .key();
    }

    @Test
    void asOfRefusesWhatIsNotADayAndPublishedWithoutADayAsUsageErrors() {
        Run notADay = Run.bilat("timeline", "--data", data, "--as-of", "5/3/2026");
        Run noDay = Run.bilat("figures", "--data", data, "--as-of-published");

        assertThat(notADay.code()).isEqualTo(2);
        assertThat(notADay.errLines()).first().isEqualTo("--as-of: not a day (YYYY-MM-DD): 5/3/2026");
        assertThat(noDay.code()).isEqualTo(2);
        assertThat(noDay.errLines()).first().isEqualTo("--as-of-published: give the date with --as-of DATE");
    }

    @Test
    void timelineListsEachHappeningOnceInDateOrderWithItsSourcesAndUndatedOnesLast() {
        Run run = Run.bilat("timeline", "--data", data);

        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.outLines())
                .containsExactly(
                        "2014 · DEVELOP · Ruritania · Falcon-3 development began · [first.txt]",
                        "2015 · DEVELOP · - · work on the Falcon-3 started · [second.txt]",
                        "2015-05-12 · MEET · Ruritania, Borduria · talks on 12 May · [first.txt, second.txt] (2 sources)",
                        "undated:",
                        "AGREE · Borduria, Ruritania · customs accord signed · [second.txt]");
    }

    @Test
    void timelineFiltersByEntityTypeAndYears() {
        assertThat(Run.bilat("timeline", "--data", data, "--type", "meet").outLines())
                .containsExactly("2015-05-12 · MEET · Ruritania, Borduria · talks on 12 May · [first.txt, second.txt]"
                        + " (2 sources)");
        assertThat(Run.bilat("timeline", "--data", data, "--entity", "RURITANIA", "--to", "2014")
                        .outLines())
                .containsExactly("2014 · DEVELOP · Ruritania · Falcon-3 development began · [first.txt]");
        assertThat(Run.bilat("timeline", "--data", data, "--from", "2016").outLines())
                .containsExactly("no matching events");
    }

    @Test
    void timelineRejectsAnUnknownTypeAsAUsageError() {
        Run run = Run.bilat("timeline", "--data", data, "--type", "picnic");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines())
                .first()
                .isEqualTo("--type: unknown event type 'picnic'; use one of MEET, AGREE, EXERCISE, ESTABLISH,"
                        + " DEVELOP, TRANSFER, FINANCE, LAUNCH, JOIN, REDUCE, CONFLICT");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void timelineRejectsAFromAfterTheToAsAUsageErrorAndAnUnknownEntityInOneLine() {
        Run years = Run.bilat("timeline", "--data", data, "--from", "2020", "--to", "2019");
        Run entity = Run.bilat("timeline", "--data", data, "--entity", "Atlantis");

        assertThat(years.code()).isEqualTo(2);
        assertThat(years.errLines()).first().isEqualTo("--from 2020 is after --to 2019");
        assertThat(entity.code()).isEqualTo(1);
        assertThat(entity.err()).isEqualTo("error: Atlantis: no such entity\n");
    }

    @Test
    void figuresListsEachFigureByMeasureWithItsSourceAndQuote() {
        Run run = Run.bilat("figures", "--data", data);

        assertThat(run.code()).isZero();
        assertThat(run.outLines())
                .containsExactly(
                        "2,770,000,000 USD · deficit · Ruritania, Borduria · 2018 · [first.txt]"
                                + " \"the deficit of Ruritania with Borduria was USD 2.77 billion\"",
                        "200 KM (more than) · maximum range · Falcon-3 · [second.txt]"
                                + " \"Its maximum range is more than 200 km\"",
                        "200 KM (up to) · range · Falcon-3 · [first.txt] \"a range of up to 200 km\"");
        assertThat(Run.bilat("figures", "--data", data, "--measure", "Maximum Range")
                        .outLines())
                .hasSize(1);
        assertThat(Run.bilat("figures", "--data", data, "--entity", "borduria").outLines())
                .hasSize(1)
                .allSatisfy(line -> assertThat(line).startsWith("2,770,000,000 USD"));
    }

    @Test
    void conflictsListsEachDisagreementWithBothSides() {
        Run run = Run.bilat("conflicts", "--data", data);

        assertThat(run.code()).isZero();
        assertThat(run.outLines())
                .containsExactly(
                        "date conflict: Falcon-3 (DEVELOP)",
                        "  2014 · [first.txt] \"Ruritania began developing the Falcon-3 missile in 2014\"",
                        "  2015 · [second.txt] \"Work on the Falcon-3 missile started in 2015\"",
                        "figure conflict: range of Falcon-3 (KM)",
                        "  200 KM (up to) · [first.txt] \"a range of up to 200 km\"",
                        "  200 KM (more than) · [second.txt] \"Its maximum range is more than 200 km\"");
    }

    @Test
    void conflictsMarkReviewedSidesAndShowRejectedOnesOnlyWhenAsked() {
        try (Store store = Store.open(Path.of(data))) {
            store.setting("user", "ana");
            store.judge(key(store, "Ruritania began developing"), JudgementAction.ACCEPT, Map.of(), "ana", null);
            store.judge(key(store, "a range of up to"), JudgementAction.EDIT, Map.of("value", "250"), "ana", null);
        }
        Run reject = Run.bilat("judge", "reject", keyIn(data, "Work on the Falcon-3"), "--data", data);

        assertThat(reject.code()).isZero();
        assertThat(Run.bilat("conflicts", "--data", data).outLines())
                .containsExactly(
                        "figure conflict: range of Falcon-3 (KM)",
                        "  250 KM (up to) · [first.txt] \"a range of up to 200 km\" ✎",
                        "  200 KM (more than) · [second.txt] \"Its maximum range is more than 200 km\"");
        assertThat(Run.bilat("conflicts", "--show-rejected", "--data", data).outLines())
                .startsWith(
                        "date conflict: Falcon-3 (DEVELOP)",
                        "  2014 · [first.txt] \"Ruritania began developing the Falcon-3 missile in 2014\" ✓",
                        "  2015 · [second.txt] \"Work on the Falcon-3 missile started in 2015\" ✗",
                        "figure conflict: range of Falcon-3 (KM)");
    }

    private static String keyIn(String data, String quoteStart) {
        try (Store store = Store.open(Path.of(data))) {
            return key(store, quoteStart);
        }
    }

    @Test
    void conflictsSaysSoWhenThereAreNone() {
        Path empty = dir.resolve("empty");
        try (Store store = Store.open(empty)) {
            store.save(first());
        }

        assertThat(Run.bilat("conflicts", "--data", empty.toString()).outLines())
                .containsExactly("no conflicts");
    }

    @Test
    void showAddsTheEntitysEventsRelationsAndFigures() {
        Run run = Run.bilat("show", "--data", data, "Ruritania");

        assertThat(run.code()).isZero();
        String out = run.out();
        assertThat(out.substring(out.indexOf("events (")).lines())
                .containsExactly(
                        "events (3):",
                        "  2014 · DEVELOP · Falcon-3 development began · [first.txt]",
                        "  2015-05-12 · MEET · talks on 12 May · [first.txt, second.txt]",
                        "  undated · AGREE · customs accord signed · [second.txt]",
                        "",
                        "relations (1):",
                        "  ROLE ← Rudolf Elphberg (President) · [first.txt]",
                        "",
                        "figures (1):",
                        "  2,770,000,000 USD · deficit · Ruritania, Borduria · 2018 · [first.txt]"
                                + " \"the deficit of Ruritania with Borduria was USD 2.77 billion\"");
        assertThat(Run.bilat("show", "--data", data, "rudolf elphberg").out())
                .contains("relations (1):\n  ROLE → Ruritania (President) · [first.txt]\n");
    }

    static Extraction first() {
        List<Entity> entities = List.of(
                entity("ruritania", "Ruritania", EntityType.GPE, FIRST),
                entity("borduria", "Borduria", EntityType.GPE, FIRST),
                entity("strelsau", "Strelsau", EntityType.GPE, FIRST),
                entity("falcon-3", "Falcon-3", EntityType.PRODUCT, FIRST),
                entity("rudolf-elphberg", "Rudolf Elphberg", EntityType.PERSON, FIRST));
        List<Event> events = List.of(
                event(
                        EventType.MEET,
                        "2015-05",
                        List.of("ruritania", "borduria"),
                        FIRST,
                        "held talks in Strelsau in May 2015",
                        "talks in Strelsau"),
                event(
                        EventType.DEVELOP,
                        "2014",
                        List.of("ruritania"),
                        FIRST,
                        "Ruritania began developing the Falcon-3 missile in 2014",
                        "Falcon-3 development began"));
        List<Quantity> figures = List.of(
                new Quantity(
                        200,
                        "KM",
                        "range",
                        "up to",
                        List.of("falcon-3"),
                        null,
                        evidence(FIRST, "a range of up to 200 km")),
                new Quantity(
                        2_770_000_000d,
                        "USD",
                        "deficit",
                        null,
                        List.of("ruritania", "borduria"),
                        "2018",
                        evidence(FIRST, "the deficit of Ruritania with Borduria was USD 2.77 billion")));
        List<Relation> relations = List.of(new Relation(
                RelationType.ROLE,
                "rudolf-elphberg",
                "ruritania",
                "President",
                evidence(FIRST, "President Rudolf Elphberg of Ruritania")));
        return new Extraction(document("first.txt", FIRST), entities, events, figures, relations, List.of());
    }

    static Extraction second() {
        List<Entity> entities = List.of(
                entity("borduria", "Borduria", EntityType.GPE, SECOND),
                entity("ruritania", "Ruritania", EntityType.GPE, SECOND),
                entity("falcon", "Falcon-3", EntityType.PRODUCT, SECOND));
        List<Event> events = List.of(
                event(
                        EventType.MEET,
                        "2015-05-12",
                        List.of("borduria", "ruritania"),
                        SECOND,
                        "Talks between Borduria and Ruritania took place on 12 May 2015",
                        "talks on 12 May"),
                event(
                        EventType.DEVELOP,
                        "2015",
                        List.of(),
                        SECOND,
                        "Work on the Falcon-3 missile started in 2015",
                        "work on the Falcon-3 started"),
                event(
                        EventType.AGREE,
                        null,
                        List.of("borduria", "ruritania"),
                        SECOND,
                        "signed a customs accord",
                        "customs accord signed"));
        List<Quantity> figures = List.of(new Quantity(
                200,
                "KM",
                "maximum range",
                "more than",
                List.of("falcon"),
                null,
                evidence(SECOND, "Its maximum range is more than 200 km")));
        return new Extraction(document("second.txt", SECOND), entities, events, figures, List.of(), List.of());
    }

    private static Document document(String source, String text) {
        String hash = Integer.toHexString(text.hashCode()) + "0".repeat(16);
        return new Document(source, "/in/" + source, hash, "text/plain", text, null, null, null, null);
    }

    private static Entity entity(String id, String name, EntityType type, String text) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            mentions.add(new Mention(at, at + name.length(), name, type));
        }
        return new Entity(id, name, type, List.of(name), mentions);
    }

    private static Event event(
            EventType type,
            @Nullable String date,
            List<String> participants,
            String text,
            String quote,
            String summary) {
        return new Event(type, type.cameoRoot(), date, participants, null, List.of(evidence(text, quote)), summary);
    }

    private static Evidence evidence(String text, String quote) {
        int at = text.indexOf(quote);
        return Evidence.of(text, at, at + quote.length());
    }
}
