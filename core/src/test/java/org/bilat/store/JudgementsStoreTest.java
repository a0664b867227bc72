package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilat.store.Fixtures.entity;
import static org.bilat.store.Fixtures.evidence;
import static org.bilat.store.Fixtures.extraction;
import static org.bilat.store.Fixtures.withFacts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bilat.model.EntityType;
import org.bilat.model.EventType;
import org.bilat.model.Extraction;
import org.bilat.model.Quantity;
import org.bilat.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgementsStoreTest {
    @TempDir
    Path dir;

    private static String key(Store store, FactKind kind, String quoteStart) {
        return store.reviewQueue(null).stream()
                .filter(item -> item.kind() == kind && item.quote().startsWith(quoteStart))
                .findFirst()
                .orElseThrow()
                .key();
    }

    private static List<HappeningRow> talks(Store store) {
        return store.timeline(new TimelineFilter(null, EventType.MEET, null, null));
    }

    @Test
    void factsGetKeysOfDocumentTypeAndFirstPassage() {
        try (Store store = Store.open(dir)) {
            store.save(FactsStoreTest.first());
            String id = store.documents().get(0).id();

            assertThat(store.reviewQueue(null))
                    .extracting(ReviewItem::key)
                    .contains(
                            "event:" + id + ":MEET:0-"
                                    + "Ruritania and Borduria held talks in Strelsau in May 2015".length(),
                            "figure:" + id + ":" + FactsStoreTest.FIRST.indexOf("a range") + "-"
                                    + (FactsStoreTest.FIRST.indexOf("a range") + "a range of up to 200 km".length()));
        }
    }

    @Test
    void aRejectedEventLeavesTheTimelineAndItsRevertBringsItBack() {
        try (Store store = Store.open(dir)) {
            store.save(FactsStoreTest.first());
            String talks = key(store, FactKind.EVENT, "Ruritania and Borduria held talks");

            Judgement reject = store.judge(talks, JudgementAction.REJECT, Map.of(), "ana", "a lunch, not talks");

            assertThat(talks(store)).isEmpty();
            assertThat(reject.before()).containsEntry("status", "unreviewed");
            store.revert(reject.id().substring(0, 8), "ana", null);
            assertThat(talks(store)).hasSize(1);
            assertThat(store.history(talks))
                    .extracting(Judgement::action)
                    .containsExactly(JudgementAction.REJECT, JudgementAction.REVERT);
        }
    }

    @Test
    void anEditedFigureShowsTheNewValuesAndItsRevertTheMachinesAgain() {
        try (Store store = Store.open(dir)) {
            store.save(FactsStoreTest.first());
            String range = key(store, FactKind.FIGURE, "a range");

            Judgement edit = store.judge(
                    range, JudgementAction.EDIT, Map.of("value", "250", "date", "2016", "qualifier", ""), "ana", null);

            FigureRow figure = store.figures(FigureFilter.all()).get(0);
            assertThat(figure.amount()).isEqualTo("250 KM");
            assertThat(figure.date()).isEqualTo("2016");
            assertThat(edit.before()).containsEntry("value", "200").containsEntry("qualifier", "up to");
            store.revert(edit.id(), "ana", null);
            FigureRow machine = store.figures(FigureFilter.all()).get(0);
            assertThat(machine.amount()).isEqualTo("200 KM (up to)");
            assertThat(machine.date()).isNull();
        }
    }

    @Test
    void anEditedRelationAndAnAcceptedEventLeaveTheQueue() {
        try (Store store = Store.open(dir)) {
            store.save(FactsStoreTest.first());
            String role = key(store, FactKind.RELATION, "President Rudolf");
            String talks = key(store, FactKind.EVENT, "Ruritania and Borduria held talks");

            store.judge(role, JudgementAction.EDIT, Map.of("type", "member_of", "title", ""), "ana", null);
            store.judge(talks, JudgementAction.ACCEPT, Map.of(), "ana", null);

            assertThat(store.relations(RelationType.MEMBER_OF)).singleElement().satisfies(relation -> {
                assertThat(relation.subject().name()).isEqualTo("Rudolf Elphberg");
                assertThat(relation.title()).isNull();
            });
            assertThat(store.relations(RelationType.ROLE)).isEmpty();
            assertThat(store.reviewQueue(null)).extracting(ReviewItem::key).doesNotContain(role, talks);
        }
    }

    @Test
    void laterJudgementsReplayOverRevertedOnes() {
        try (Store store = Store.open(dir)) {
            store.save(FactsStoreTest.first());
            String range = key(store, FactKind.FIGURE, "a range");

            Judgement first = store.judge(range, JudgementAction.EDIT, Map.of("value", "250"), "ana", null);
            store.judge(range, JudgementAction.EDIT, Map.of("unit", "m"), "ana", null);
            store.revert(first.id(), "ana", null);

            assertThat(store.figures(FigureFilter.all()).get(0).amount()).isEqualTo("200 M (up to)");
        }
    }

    @Test
    void badJudgementsAreOneLineAndStoreNothing() {
        try (Store store = Store.open(dir)) {
            store.save(FactsStoreTest.first());
            String range = key(store, FactKind.FIGURE, "a range");

            assertThatThrownBy(() -> store.judge(range, JudgementAction.EDIT, Map.of("colour", "red"), "ana", null))
                    .hasMessage(
                            "colour: not a field of a figure; use one of value, unit, measure, qualifier, date, subjects");
            assertThatThrownBy(() -> store.judge(range, JudgementAction.EDIT, Map.of("date", "May"), "ana", null))
                    .hasMessage("date: 'May' is not an ISO 8601 date such as 2016, 2016-09 or 2016-09-28");
            assertThatThrownBy(() -> store.judge("figure:nothing:1-2", JudgementAction.ACCEPT, Map.of(), "ana", null))
                    .hasMessage("figure:nothing:1-2: no such fact; ./bilat review lists facts with their keys");
            assertThat(store.judgements()).isEmpty();
        }
    }

    @Test
    void judgementsOfAnotherStoreMergeAndDisagreementsAreListedNotOverwritten() {
        Path mine = dir.resolve("mine");
        Path theirs = dir.resolve("theirs");
        List<Judgement> exported;
        String range;
        try (Store store = Store.open(theirs)) {
            store.save(FactsStoreTest.first());
            range = key(store, FactKind.FIGURE, "a range");
            store.judge(range, JudgementAction.REJECT, Map.of(), "bo", "a guess");
            exported = store.judgements();
        }
        try (Store store = Store.open(mine)) {
            store.save(FactsStoreTest.first());
            store.judge(range, JudgementAction.ACCEPT, Map.of(), "ana", null);

            ImportedJudgements imported = store.importJudgements(exported);

            assertThat(imported.added()).isEqualTo(1);
            assertThat(imported.conflicts()).singleElement().satisfies(conflict -> {
                assertThat(conflict.key()).isEqualTo(range);
                assertThat(conflict.sides()).extracting(Judgement::author).containsExactlyInAnyOrder("ana", "bo");
            });
            assertThat(store.judgements()).hasSize(2);
            assertThat(store.importJudgements(exported).known()).isEqualTo(1);
        }
    }

    /** first.txt again, changed: a sentence added before the rest moves every offset, and the relation's is gone. */
    private static Extraction changedFirst() {
        String text = "A new opening line. "
                + FactsStoreTest.FIRST.replace(" President Rudolf Elphberg of Ruritania welcomed the guests.", "");
        Extraction entities = extraction(
                "first.txt",
                text,
                entity("ruritania", "Ruritania", EntityType.GPE, text, "Ruritania"),
                entity("falcon-3", "Falcon-3", EntityType.PRODUCT, text, "Falcon-3"));
        Quantity range = new Quantity(
                200, "KM", "range", "up to", List.of("falcon-3"), null, evidence(text, "a range of up to 200 km"));
        return withFacts(entities, List.of(), List.of(range), List.of());
    }

    @Test
    void aChangedVersionReplacesTheOldOneAndJudgementsFollowTheirQuoteOrAreOrphaned() {
        try (Store store = Store.open(dir)) {
            store.save(FactsStoreTest.first());
            String range = key(store, FactKind.FIGURE, "a range");
            String role = key(store, FactKind.RELATION, "President Rudolf");
            store.judge(range, JudgementAction.EDIT, Map.of("value", "250"), "ana", null);
            store.judge(role, JudgementAction.ACCEPT, Map.of(), "ana", null);

            store.save(changedFirst());

            assertThat(store.documents()).hasSize(1);
            assertThat(store.figures(FigureFilter.all())).singleElement().satisfies(figure -> {
                assertThat(figure.amount()).isEqualTo("250 KM (up to)");
                assertThat(figure.evidence().start()).isEqualTo(FactsStoreTest.FIRST.indexOf("a range") + 20);
            });
            assertThat(store.orphanedJudgements()).singleElement().satisfies(orphan -> {
                assertThat(orphan.key()).isEqualTo(role);
                assertThat(orphan.quote()).isEqualTo("President Rudolf Elphberg of Ruritania");
            });
            assertThat(store.judgements()).hasSize(2);
            assertThat(store.entity("Borduria")).isEmpty();
        }
    }
}
