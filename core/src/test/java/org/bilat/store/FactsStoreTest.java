package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.bilat.store.Fixtures.entity;
import static org.bilat.store.Fixtures.event;
import static org.bilat.store.Fixtures.evidence;
import static org.bilat.store.Fixtures.extraction;
import static org.bilat.store.Fixtures.withFacts;

import java.sql.SQLException;
import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.bilat.model.Extraction;
import org.bilat.model.Quantity;
import org.bilat.model.Relation;
import org.bilat.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class FactsStoreTest {
    static final String FIRST = "Ruritania and Borduria held talks in Strelsau in May 2015."
            + " Ruritania began developing the Falcon-3 missile in 2014."
            + " The Falcon-3 has a range of up to 200 km."
            + " President Rudolf Elphberg of Ruritania welcomed the guests.";
    static final String SECOND = "Talks between Borduria and Ruritania took place on 12 May 2015."
            + " Work on the Falcon-3 missile started in 2015."
            + " Its maximum range is more than 200 km.";

    @RegisterExtension
    final TestStore stores;

    FactsStoreTest(Engine engine) {
        this.stores = TestStore.on(engine);
    }

    static Extraction first() {
        Extraction entities = extraction(
                "first.txt",
                FIRST,
                entity("ruritania", "Ruritania", EntityType.GPE, FIRST, "Ruritania"),
                entity("borduria", "Borduria", EntityType.GPE, FIRST, "Borduria"),
                entity("strelsau", "Strelsau", EntityType.GPE, FIRST, "Strelsau"),
                entity("falcon-3", "Falcon-3", EntityType.PRODUCT, FIRST, "Falcon-3"),
                entity("rudolf-elphberg", "Rudolf Elphberg", EntityType.PERSON, FIRST, "Rudolf Elphberg"));
        Event talks = new Event(
                EventType.MEET,
                "04",
                "2015-05",
                List.of("ruritania", "borduria", "not-an-entity"),
                "strelsau",
                List.of(
                        evidence(FIRST, "Ruritania and Borduria held talks in Strelsau in May 2015"),
                        evidence(FIRST, "President Rudolf Elphberg of Ruritania welcomed the guests")),
                "talks in Strelsau");
        Event develop = event(
                EventType.DEVELOP,
                "2014",
                List.of("ruritania"),
                FIRST,
                "Ruritania began developing the Falcon-3 missile in 2014");
        Quantity range = new Quantity(
                200, "KM", "range", "up to", List.of("falcon-3"), null, evidence(FIRST, "a range of up to 200 km"));
        Relation president = new Relation(
                RelationType.ROLE,
                "rudolf-elphberg",
                "ruritania",
                "President",
                evidence(FIRST, "President Rudolf Elphberg of Ruritania"));
        return withFacts(entities, List.of(talks, develop), List.of(range), List.of(president));
    }

    static Extraction second(String talksDate, String talksQuote) {
        String text = SECOND.replace("on 12 May 2015", talksQuote);
        Extraction entities = extraction(
                "second.txt",
                text,
                entity("bord", "Borduria", EntityType.GPE, text, "Borduria"),
                entity("ruritania", "Ruritania", EntityType.GPE, text, "Ruritania"),
                entity("falcon", "Falcon-3", EntityType.PRODUCT, text, "Falcon-3"));
        Event talks = event(
                EventType.MEET,
                talksDate,
                List.of("bord", "ruritania"),
                text,
                "Talks between Borduria and Ruritania took place " + talksQuote);
        Event develop =
                event(EventType.DEVELOP, "2015", List.of(), text, "Work on the Falcon-3 missile started in 2015");
        Quantity range = new Quantity(
                200,
                "KM",
                "maximum range",
                "more than",
                List.of("falcon"),
                null,
                evidence(text, "Its maximum range is more than 200 km"));
        return withFacts(entities, List.of(talks, develop), List.of(range), List.of());
    }

    static Extraction second() {
        return second("2015-05-12", "on 12 May 2015");
    }

    @Test
    void savesFactsPointingAtCanonicalEntitiesAndKeepsEveryPassageInOrder() {
        try (Store store = stores.open()) {
            store.save(first());

            HappeningRow talks = store.timeline(new TimelineFilter(null, EventType.MEET, null, null))
                    .get(0);
            assertThat(talks.participants()).extracting(EntityRef::id).containsExactly("ruritania", "borduria");
            assertThat(talks.location()).extracting(EntityRef::name).isEqualTo("Strelsau");
            assertThat(talks.reports()).singleElement().satisfies(report -> {
                assertThat(report.evidence())
                        .extracting(Evidence::quote)
                        .containsExactly(
                                "Ruritania and Borduria held talks in Strelsau in May 2015",
                                "President Rudolf Elphberg of Ruritania welcomed the guests");
                assertThat(report.linkReason()).isNull();
            });
            assertThat(store.relations("Ruritania")).singleElement().satisfies(role -> {
                assertThat(role.subject().name()).isEqualTo("Rudolf Elphberg");
                assertThat(role.title()).isEqualTo("President");
                assertThat(role.passages().get(0).evidence().quote())
                        .isEqualTo("President Rudolf Elphberg of Ruritania");
            });
            assertThat(store.figures(FigureFilter.all())).singleElement().satisfies(range -> {
                assertThat(range.amount()).isEqualTo("200 KM (up to)");
                assertThat(range.subjects()).extracting(EntityRef::id).containsExactly("falcon-3");
            });
        }
    }

    @Test
    void aFailureAmongTheFactsLeavesNothingOfTheDocumentBehind() throws SQLException {
        Checkpoint failOnFirstFigure = step -> {
            if (step.equals("quantity 0")) {
                throw new IllegalStateException("disk on fire");
            }
        };
        try (Store store = stores.open(failOnFirstFigure)) {
            assertThatThrownBy(() -> store.save(first())).hasMessage("disk on fire");
        }
        for (String table : List.of(
                "documents",
                "entities",
                "document_entities",
                "mentions",
                "happenings",
                "events",
                "event_participants",
                "event_evidence",
                "quantities",
                "quantity_subjects",
                "relations")) {
            assertThat(stores.rows(table)).as(table).isZero();
        }
    }

    @Test
    void rejectsEvidenceThatIsNotTheTextAtItsOffsets() throws SQLException {
        Extraction good = first();
        Quantity misplaced = new Quantity(1, "COUNT", "guests", null, List.of(), null, new Evidence(0, 9, "Syldavia!"));
        Extraction broken = withFacts(good, good.events(), List.of(misplaced), List.of());
        try (Store store = stores.open()) {
            assertThatThrownBy(() -> store.save(broken))
                    .hasMessage("first.txt: evidence 'Syldavia!' at 0..9 is not the text there");
        }
        assertThat(stores.rows("events")).isZero();
    }

    @Test
    void twoDocumentsReportingOneHappeningGiveOneRowWithCorroborationTwo() {
        try (Store store = stores.open()) {
            store.save(first());
            store.save(second());

            List<HappeningRow> meetings = store.timeline(new TimelineFilter(null, EventType.MEET, null, null));
            assertThat(meetings).singleElement().satisfies(talks -> {
                assertThat(talks.corroboration()).isEqualTo(2);
                assertThat(talks.sources()).containsExactly("first.txt", "second.txt");
                assertThat(talks.date()).isEqualTo("2015-05-12");
                assertThat(talks.participants()).extracting(EntityRef::id).containsExactly("ruritania", "borduria");
                assertThat(talks.reports().get(1).linkReason())
                        .isEqualTo("same type MEET, dates 2015-05 and 2015-05-12 overlap,"
                                + " shared participants ruritania, borduria (as in first.txt)");
            });
        }
    }

    @Test
    void accountsWhoseDatesDoNotOverlapStayTwoHappenings() {
        try (Store store = stores.open()) {
            store.save(first());
            store.save(second("2016-06", "in June 2016"));

            List<HappeningRow> meetings = store.timeline(new TimelineFilter(null, EventType.MEET, null, null));
            assertThat(meetings).extracting(HappeningRow::date).containsExactly("2015-05", "2016-06");
            assertThat(meetings)
                    .allSatisfy(talks -> assertThat(talks.corroboration()).isEqualTo(1));
        }
    }

    @Test
    void accountsSharingOneOfTwoParticipantsStayTwoHappenings() {
        String text = "Ruritania and Syldavia held talks in May 2015.";
        Extraction other = withFacts(
                extraction(
                        "third.txt",
                        text,
                        entity("ruritania", "Ruritania", EntityType.GPE, text, "Ruritania"),
                        entity("syldavia", "Syldavia", EntityType.GPE, text, "Syldavia")),
                List.of(event(EventType.MEET, "2015-05", List.of("ruritania", "syldavia"), text, "held talks")),
                List.of(),
                List.of());
        try (Store store = stores.open()) {
            store.save(first());
            store.save(other);

            assertThat(store.timeline(new TimelineFilter(null, EventType.MEET, null, null)))
                    .hasSize(2);
        }
    }

    @Test
    void oneSharedParticipantLinksWhenOneSideNamesOnlyOne() {
        String text = "Ruritania hosted talks in 2015.";
        Extraction other = withFacts(
                extraction("third.txt", text, entity("ruritania", "Ruritania", EntityType.GPE, text, "Ruritania")),
                List.of(event(EventType.MEET, "2015", List.of("ruritania"), text, "hosted talks in 2015")),
                List.of(),
                List.of());
        try (Store store = stores.open()) {
            store.save(first());
            store.save(other);

            assertThat(store.timeline(new TimelineFilter(null, EventType.MEET, null, null)))
                    .singleElement()
                    .satisfies(talks -> {
                        assertThat(talks.sources()).containsExactly("first.txt", "third.txt");
                        assertThat(talks.date()).isEqualTo("2015-05");
                    });
        }
    }

    @Test
    void findsTheSameThingDatedDifferentlyByTwoDocuments() {
        try (Store store = stores.open()) {
            store.save(first());
            store.save(second());

            assertThat(store.conflicts())
                    .filteredOn(c -> c.kind() == Conflict.Kind.DATE)
                    .singleElement()
                    .satisfies(conflict -> {
                        assertThat(conflict.thing()).isEqualTo("Falcon-3 (DEVELOP)");
                        assertThat(conflict.claims()).extracting(Claim::value).containsExactly("2014", "2015");
                        assertThat(conflict.claims())
                                .extracting(
                                        c -> c.passage().source(),
                                        c -> c.passage().evidence().quote())
                                .containsExactly(
                                        tuple("first.txt", "Ruritania began developing the Falcon-3 missile in 2014"),
                                        tuple("second.txt", "Work on the Falcon-3 missile started in 2015"));
                    });
        }
    }

    @Test
    void findsAFigureBoundedFromOppositeSidesByTwoDocuments() {
        try (Store store = stores.open()) {
            store.save(first());
            store.save(second());

            assertThat(store.conflicts())
                    .filteredOn(c -> c.kind() == Conflict.Kind.FIGURE)
                    .singleElement()
                    .satisfies(conflict -> {
                        assertThat(conflict.thing()).isEqualTo("range of Falcon-3 (KM)");
                        assertThat(conflict.claims())
                                .extracting(Claim::value)
                                .containsExactly("200 KM (up to)", "200 KM (more than)");
                    });
        }
    }

    @Test
    void figuresOfOneDocumentOrWithinHalfAPercentAgreeingInBoundAreNoConflict() {
        String text = "The Falcon-3 flies 201 km. Its range is about 200 km.";
        Extraction close = withFacts(
                extraction("close.txt", text, entity("falcon-3", "Falcon-3", EntityType.PRODUCT, text, "Falcon-3")),
                List.of(),
                List.of(
                        new Quantity(201, "KM", "range", null, List.of("falcon-3"), null, evidence(text, "201 km")),
                        new Quantity(
                                200,
                                "KM",
                                "range",
                                "about",
                                List.of("falcon-3"),
                                null,
                                evidence(text, "about 200 km"))),
                List.of());
        try (Store store = stores.open()) {
            store.save(close);
            store.save(
                    withFacts(first(), List.of(), List.of(first().quantities().get(0)), List.of()));

            assertThat(store.conflicts()).isEmpty();
        }
    }

    @Test
    void timelineFiltersByEntityTypeAndYearsAndPutsUndatedLast() {
        String text = "Syldavia and Ruritania signed an accord. Syldavia joined the union in 2019.";
        Extraction third = withFacts(
                extraction(
                        "third.txt",
                        text,
                        entity("ruritania", "Ruritania", EntityType.GPE, text, "Ruritania"),
                        entity("syldavia", "Syldavia", EntityType.GPE, text, "Syldavia")),
                List.of(
                        event(EventType.AGREE, null, List.of("syldavia", "ruritania"), text, "signed an accord"),
                        event(EventType.JOIN, "2019", List.of("syldavia"), text, "joined the union in 2019")),
                List.of(),
                List.of());
        try (Store store = stores.open()) {
            store.save(first());
            store.save(third);

            assertThat(store.timeline(TimelineFilter.all()))
                    .extracting(HappeningRow::type)
                    .containsExactly(EventType.DEVELOP, EventType.MEET, EventType.JOIN, EventType.AGREE);
            assertThat(store.timeline(new TimelineFilter("SYLDAVIA", null, null, null)))
                    .extracting(HappeningRow::type)
                    .containsExactly(EventType.JOIN, EventType.AGREE);
            assertThat(store.timeline(new TimelineFilter(null, null, 2015, null)))
                    .extracting(HappeningRow::type)
                    .containsExactly(EventType.MEET, EventType.JOIN);
            assertThat(store.timeline(new TimelineFilter("ruritania", null, null, 2014)))
                    .extracting(HappeningRow::type)
                    .containsExactly(EventType.DEVELOP);
            assertThat(store.timeline(new TimelineFilter("Strelsau", null, null, null)))
                    .extracting(HappeningRow::type)
                    .containsExactly(EventType.MEET);
            assertThatThrownBy(() -> store.timeline(new TimelineFilter("Atlantis", null, null, null)))
                    .hasMessage("Atlantis: no such entity");
        }
    }

    @Test
    void figuresFilterByWordsOfTheMeasureAndBySubject() {
        try (Store store = stores.open()) {
            store.save(first());
            store.save(second());

            assertThat(store.figures(new FigureFilter("RANGE", null)))
                    .extracting(FigureRow::measure)
                    .containsExactly("maximum range", "range");
            assertThat(store.figures(new FigureFilter("maximum range", "falcon-3")))
                    .extracting(FigureRow::source)
                    .containsExactly("second.txt");
            assertThat(store.figures(new FigureFilter("rang", null))).isEmpty();
            assertThat(store.figures(new FigureFilter(null, "Ruritania"))).isEmpty();
        }
    }

    @Test
    void plainValuesKeepEveryDigitWithThousandsSeparators() {
        FigureRow figure = new FigureRow(
                "d", "a.txt", 2_770_000_000d, "USD", "trade", null, List.of(), null, new Evidence(0, 1, "x"));

        assertThat(figure.valueText()).isEqualTo("2,770,000,000");
        assertThat(new FigureRow("d", "a.txt", 12.5, "PERCENT", "share", "about", List.of(), null, figure.evidence())
                        .amount())
                .isEqualTo("12.5 PERCENT (about)");
    }
}
