package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilat.store.Fixtures.entity;
import static org.bilat.store.Fixtures.extraction;
import static org.bilat.store.Fixtures.withFacts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bilat.model.EntityType;
import org.bilat.model.EventType;
import org.bilat.model.Extraction;
import org.bilat.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandFactsStoreTest {
    private static final String FALCON = "Ruritania began developing the Falcon-3 missile in 2014.";

    @TempDir
    Path dir;

    private static List<HappeningRow> developments(Store store) {
        return store.timeline(new TimelineFilter(null, EventType.DEVELOP, null, null));
    }

    private static Judgement addDevelopment(Store store) {
        String id = store.documents().get(0).id();
        int at = FactsStoreTest.FIRST.indexOf(FALCON);
        return store.addFact(
                FactKind.EVENT,
                id,
                at,
                at + FALCON.length(),
                Map.of("type", "develop", "date", "2014"),
                "ana",
                "the machine missed it");
    }

    @Test
    void anEventAddedByHandShowsWithItsQuoteAsEvidenceAndMarkedAdded() {
        try (Store store = Store.open(dir)) {
            store.save(withFacts(extraction("first.txt", FactsStoreTest.FIRST), List.of(), List.of(), List.of()));

            Judgement add = addDevelopment(store);

            assertThat(add.key()).endsWith("#hand").contains(":DEVELOP:");
            assertThat(developments(store)).singleElement().satisfies(event -> {
                assertThat(event.date()).isEqualTo("2014");
                assertThat(event.review()).isEqualTo("added");
                assertThat(event.summary()).isEqualTo(FALCON);
                assertThat(event.reports().get(0).evidence().get(0).quote()).isEqualTo(FALCON);
                assertThat(event.reports().get(0).key()).isEqualTo(add.key());
            });
            assertThatThrownBy(() -> addDevelopment(store)).hasMessage(add.key() + ": added already; edit it instead");
        }
    }

    @Test
    void aHandFactCanBeEditedAndItsRevertedAdditionRemovesIt() {
        try (Store store = Store.open(dir)) {
            store.save(withFacts(extraction("first.txt", FactsStoreTest.FIRST), List.of(), List.of(), List.of()));
            Judgement add = addDevelopment(store);

            store.judge(add.key(), JudgementAction.EDIT, Map.of("date", "2014-03"), "ana", null);
            assertThat(developments(store))
                    .singleElement()
                    .satisfies(e -> assertThat(e.date()).isEqualTo("2014-03"));

            store.revert(add.id(), "ana", "not a development after all");
            assertThat(developments(store)).isEmpty();
            assertThat(store.orphanedJudgements()).isEmpty();
        }
    }

    @Test
    void aHandFigureFollowsItsQuoteIntoAChangedVersionOfItsDocument() {
        try (Store store = Store.open(dir)) {
            store.save(withFacts(extraction("first.txt", FactsStoreTest.FIRST), List.of(), List.of(), List.of()));
            String id = store.documents().get(0).id();
            String words = "a range of up to 200 km";
            int at = FactsStoreTest.FIRST.indexOf(words);
            store.addFact(
                    FactKind.FIGURE,
                    id,
                    at,
                    at + words.length(),
                    Map.of("value", "200", "unit", "km", "measure", "range", "qualifier", "up to"),
                    "ana",
                    null);

            String changed = "A new opening line. " + FactsStoreTest.FIRST;
            store.save(withFacts(
                    extraction("first.txt", changed, entity("ruritania", "Ruritania", EntityType.GPE, changed)),
                    List.of(),
                    List.of(),
                    List.of()));

            assertThat(store.documents())
                    .singleElement()
                    .satisfies(d -> assertThat(d.id()).isNotEqualTo(id));
            assertThat(store.figures(FigureFilter.all())).singleElement().satisfies(figure -> {
                assertThat(figure.amount()).isEqualTo("200 KM (up to)");
                assertThat(figure.review()).isEqualTo("added");
                assertThat(figure.evidence().start()).isEqualTo(at + 20);
            });
            assertThat(store.orphanedJudgements()).isEmpty();
        }
    }

    @Test
    void aRelationAddedByHandNamesItsEndsByNameAndFollowsItsQuoteIntoAChangedVersion() {
        String words = "Ruritania and Borduria held talks";
        try (Store store = Store.open(dir)) {
            store.save(twoStates(FactsStoreTest.FIRST));
            int at = FactsStoreTest.FIRST.indexOf(words);
            Judgement add = store.addFact(
                    FactKind.RELATION,
                    store.documents().get(0).id(),
                    at,
                    at + words.length(),
                    Map.of("type", "partner", "subject", "Ruritania", "object", "borduria", "title", "talks"),
                    "ana",
                    null);

            assertThat(add.key()).contains(":PARTNER:").endsWith("#hand");
            assertThat(add.after()).containsEntry("subject", "ruritania");
            store.save(twoStates("A new opening line. " + FactsStoreTest.FIRST));

            assertThat(store.relations("Borduria")).singleElement().satisfies(relation -> {
                assertThat(relation.type()).isEqualTo(RelationType.PARTNER);
                assertThat(relation.subject().id()).isEqualTo("ruritania");
                assertThat(relation.title()).isEqualTo("talks");
                assertThat(relation.review()).isEqualTo("added");
                assertThat(relation.passages().get(0).evidence().quote()).isEqualTo(words);
            });
            assertThat(store.orphanedJudgements()).isEmpty();
        }
    }

    @Test
    void aRelationAddedByHandNeedsATypeAndBothEndsAndKnownEntities() {
        try (Store store = Store.open(dir)) {
            store.save(twoStates(FactsStoreTest.FIRST));
            String id = store.documents().get(0).id();

            assertThatThrownBy(() -> store.addFact(
                            FactKind.RELATION,
                            id,
                            0,
                            9,
                            Map.of("type", "PARTNER", "subject", "ruritania"),
                            "ana",
                            null))
                    .hasMessage("object: required for a relation added by hand");
            assertThatThrownBy(() -> store.addFact(
                            FactKind.RELATION,
                            id,
                            0,
                            9,
                            Map.of("type", "friend", "subject", "ruritania", "object", "borduria"),
                            "ana",
                            null))
                    .hasMessage("type: 'friend' is not a relation type");
            assertThatThrownBy(() -> store.addFact(
                            FactKind.RELATION,
                            id,
                            0,
                            9,
                            Map.of("type", "PARTNER", "subject", "ruritania", "object", "Atlantis"),
                            "ana",
                            null))
                    .hasMessage("object: Atlantis: no such entity");
        }
    }

    private static Extraction twoStates(String text) {
        return withFacts(
                extraction(
                        "first.txt",
                        text,
                        entity("ruritania", "Ruritania", EntityType.GPE, text, "Ruritania"),
                        entity("borduria", "Borduria", EntityType.GPE, text, "Borduria")),
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void aSpanOutsideTheDocumentIsRefusedNamingTheOffsets() {
        try (Store store = Store.open(dir)) {
            Extraction first =
                    withFacts(extraction("first.txt", FactsStoreTest.FIRST), List.of(), List.of(), List.of());
            store.save(first);
            String id = store.documents().get(0).id();

            assertThatThrownBy(
                            () -> store.addFact(FactKind.EVENT, id, 10, 100_000, Map.of("type", "MEET"), "ana", null))
                    .hasMessage("start, end: 10-100000 is not a span of the document's " + FactsStoreTest.FIRST.length()
                            + " characters");
            assertThatThrownBy(() -> store.addFact(FactKind.FIGURE, id, 0, 10, Map.of("value", "3"), "ana", null))
                    .hasMessage("unit: required for a figure added by hand");
        }
    }
}
