package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.bilat.store.Fixtures.entity;
import static org.bilat.store.Fixtures.extraction;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Extraction;
import org.bilat.model.Mention;
import org.bilat.resolve.Resolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class StoreTest {
    static final String FIRST =
            "The Republic of Ruritania signed a supply accord with Acme Heavy Industries in Strelsau."
                    + " Ruritania will buy forty tractors.\n\nAcme Heavy Industries (AHI) is based in Strelsau.";
    static final String SECOND = "Acme Heavy Industries Group delivered the tractors to Ruritania!"
            + " Acme Heavy Industries also sold spare parts.";

    @RegisterExtension
    final TestStore stores;

    StoreTest(Engine engine) {
        this.stores = TestStore.on(engine);
    }

    static Extraction first() {
        return extraction(
                "first.txt",
                FIRST,
                entity(
                        "ruritania",
                        "Republic of Ruritania",
                        EntityType.GPE,
                        FIRST,
                        "Republic of Ruritania",
                        "Ruritania"),
                entity(
                        "acme-heavy-industries",
                        "Acme Heavy Industries",
                        EntityType.ORG,
                        FIRST,
                        "Acme Heavy Industries",
                        "AHI"),
                entity("strelsau", "Strelsau", EntityType.GPE, FIRST, "Strelsau"));
    }

    static Extraction second() {
        return extraction(
                "second.txt",
                SECOND,
                entity(
                        "acme",
                        "Acme Heavy Industries Group",
                        EntityType.ORG,
                        SECOND,
                        "Acme Heavy Industries Group",
                        "Acme Heavy Industries"),
                entity("ruritania", "Ruritania", EntityType.GPE, SECOND, "Ruritania"));
    }

    @Test
    void savesADocumentAndReadsItBack() {
        try (Store store = stores.open()) {
            SavedDocument saved = store.save(first());

            assertThat(saved).isEqualTo(new SavedDocument(saved.documentId(), "first.txt", false, 3, 3, 0, 8));
            assertThat(saved.documentId()).hasSize(16);
            assertThat(store.documents())
                    .containsExactly(new DocumentRow(
                            saved.documentId(),
                            "first.txt",
                            "Title of first.txt",
                            "A. Writer",
                            null,
                            "2020-05",
                            null,
                            3,
                            8));
            assertThat(store.entities(null, null, 10))
                    .extracting(EntityRow::id, EntityRow::mentions, EntityRow::documents)
                    .containsExactly(
                            tuple("acme-heavy-industries", 3, 1), tuple("ruritania", 3, 1), tuple("strelsau", 2, 1));
        }
    }

    @Test
    void createsTheDataFolderAndItsDatabaseFile() {
        assumeThat(stores.engine())
                .as("a data folder holds only a SQLite store")
                .isEqualTo(Engine.SQLITE);
        Path nested = stores.dir().resolve("a/b");
        try (Store store = Store.open(nested)) {
            assertThat(store.documents()).isEmpty();
        }
        assertThat(nested.resolve("bilat.db")).isRegularFile();
    }

    @Test
    void savingTheSameContentTwiceWritesNothingAndReportsItUnchanged() throws SQLException {
        try (Store store = stores.open()) {
            SavedDocument saved = store.save(first());
            SavedDocument again = store.save(first());

            assertThat(again).isEqualTo(new SavedDocument(saved.documentId(), "first.txt", true, 3, 0, 0, 8));
            assertThat(store.containsContent(first().document().contentHash())).isTrue();
            assertThat(store.containsContent(second().document().contentHash())).isFalse();
        }
        assertThat(stores.rows("documents")).isEqualTo(1);
        assertThat(stores.rows("mentions")).isEqualTo(8);
    }

    @Test
    void twoDocumentsNamingOneThingGiveOneCanonicalEntityWithBothDocumentsAndTheMergeReason() {
        try (Store store = stores.open()) {
            store.save(first());
            SavedDocument saved = store.save(second());

            assertThat(saved.newEntities()).isZero();
            assertThat(saved.mergedEntities()).isEqualTo(2);
            EntityDetail acme = store.entity("acme-heavy-industries").orElseThrow();
            assertThat(acme.entity().name()).isEqualTo("Acme Heavy Industries Group");
            assertThat(acme.entity().aliases()).containsExactly("AHI", "Acme Heavy Industries");
            assertThat(acme.entity().documents()).isEqualTo(2);
            assertThat(acme.entity().mentions()).isEqualTo(6);
            assertThat(acme.documents()).extracting(DocumentRow::source).containsExactly("first.txt", "second.txt");
            assertThat(acme.merges()).singleElement().satisfies(merge -> {
                assertThat(merge.documentId()).isEqualTo(saved.documentId());
                assertThat(merge.localId()).isEqualTo("acme");
                assertThat(merge.localName()).isEqualTo("Acme Heavy Industries Group");
                assertThat(merge.reason()).isNotBlank();
            });
            assertThat(store.entities(EntityType.ORG, null, 10)).hasSize(1);
        }
    }

    @Test
    void entityDetailQuotesTheSentenceOfEachMention() {
        try (Store store = stores.open()) {
            store.save(first());
            store.save(second());

            EntityDetail acme = store.entity("ahi").orElseThrow();
            assertThat(acme.mentions()).allSatisfy(m -> assertThat(m.quote()).contains(m.surface()));
            assertThat(acme.mentions())
                    .extracting(MentionQuote::quote)
                    .containsExactly(
                            FIRST.substring(0, FIRST.indexOf(" Ruritania will")),
                            FIRST.substring(FIRST.indexOf("Acme Heavy Industries (AHI)")),
                            FIRST.substring(FIRST.indexOf("Acme Heavy Industries (AHI)")),
                            SECOND.substring(0, SECOND.indexOf('!') + 1),
                            SECOND.substring(0, SECOND.indexOf('!') + 1),
                            SECOND.substring(SECOND.indexOf(" Acme Heavy Industries also") + 1));
            MentionQuote firstMention = acme.mentions().get(0);
            assertThat(FIRST.substring(firstMention.start(), firstMention.end()))
                    .isEqualTo(firstMention.surface());
        }
    }

    @Test
    void entitiesFilterByTypeAndByCaseInsensitiveSubstringOfNameOrAlias() {
        try (Store store = stores.open()) {
            store.save(first());

            assertThat(store.entities(EntityType.GPE, null, 10))
                    .extracting(EntityRow::id)
                    .containsExactly("ruritania", "strelsau");
            assertThat(store.entities(null, "RURI", 10))
                    .extracting(EntityRow::id)
                    .containsExactly("ruritania");
            assertThat(store.entities(null, "ahi", 10))
                    .extracting(EntityRow::id)
                    .containsExactly("acme-heavy-industries");
            assertThat(store.entities(EntityType.ORG, "strel", 10)).isEmpty();
            assertThat(store.entities(null, "100%_", 10)).isEmpty();
            assertThat(store.entities(null, null, 1))
                    .extracting(EntityRow::id)
                    .containsExactly("acme-heavy-industries");
        }
    }

    @Test
    void rejectsALimitBelowOne() {
        try (Store store = stores.open()) {
            assertThatThrownBy(() -> store.entities(null, null, 0)).hasMessage("limit: must be at least 1, was 0");
        }
    }

    @Test
    void anAmbiguousNameFindsTheMostMentionedEntityAndAnIdFindsItsOwn() {
        String planet = "Mars is red.";
        String company = "Mars Incorporated makes sweets. Mars sells them. Mars grows.";
        try (Store store = stores.open()) {
            store.save(extraction("planet.txt", planet, entity("mars-planet", "Mars", EntityType.LOC, planet, "Mars")));
            store.save(extraction(
                    "company.txt",
                    company,
                    entity("mars-inc", "Mars Incorporated", EntityType.ORG, company, "Mars Incorporated", "Mars")));

            assertThat(store.entity("MARS").orElseThrow().entity().id()).isEqualTo("mars-inc");
            assertThat(store.entity("mars-planet").orElseThrow().entity().name())
                    .isEqualTo("Mars");
            assertThat(store.entity("Venus")).isEmpty();
        }
    }

    @Test
    void reopeningTheStoreKeepsItsData() {
        try (Store store = stores.open()) {
            store.save(first());
        }
        try (Store store = stores.open()) {
            assertThat(store.documents()).hasSize(1);
            assertThat(store.save(second()).mergedEntities()).isEqualTo(2);
        }
        try (Store store = stores.open()) {
            assertThat(store.summary(0).documents()).isEqualTo(2);
        }
    }

    @Test
    void summaryCountsDocumentsAndEntitiesPerTypeAndListsTheMostMentioned() {
        try (Store store = stores.open()) {
            store.save(first());
            store.save(second());

            Summary summary = store.summary(2);
            assertThat(summary.documents()).isEqualTo(2);
            assertThat(summary.entitiesPerType())
                    .containsEntry(EntityType.GPE, 2)
                    .containsEntry(EntityType.ORG, 1)
                    .containsEntry(EntityType.PERSON, 0);
            assertThat(summary.top()).extracting(EntityRow::id).containsExactly("acme-heavy-industries", "ruritania");
            assertThat(summary.top().get(1).aliases()).containsExactly("Ruritania");
        }
    }

    @Test
    void aMentionOutsideTheTextFailsTheSaveAndLeavesNothingBehind() throws SQLException {
        Extraction good = first();
        Mention outside = new Mention(FIRST.length() - 2, FIRST.length() + 5, "Atlantis", EntityType.GPE);
        Entity atlantis = new Entity("atlantis", "Atlantis", EntityType.GPE, List.of("Atlantis"), List.of(outside));
        Extraction broken =
                Extraction.ofEntities(good.document(), List.of(good.entities().get(0), atlantis), List.of());
        try (Store store = stores.open()) {
            assertThatThrownBy(() -> store.save(broken))
                    .hasMessageContaining("first.txt: mention 'Atlantis' at ")
                    .hasMessageContaining("lies outside the text");
        }
        assertNothingStored();
    }

    @Test
    void aFailureInTheMiddleOfASaveLeavesNothingBehindAndTheStoreStaysUsable() throws SQLException {
        Checkpoint failOnSecondEntity = step -> {
            if (step.equals("entity acme-heavy-industries")) {
                throw new IllegalStateException("disk on fire");
            }
        };
        try (Store store = stores.open(failOnSecondEntity)) {
            assertThatThrownBy(() -> store.save(first())).hasMessage("disk on fire");
            assertThat(store.documents()).isEmpty();
        }
        assertNothingStored();
        try (Store store = stores.open()) {
            assertThat(store.save(first()).unchanged()).isFalse();
        }
    }

    @Test
    void rejectsADocumentWithTwoEntitiesOfOneId() throws SQLException {
        Extraction twice = extraction(
                "twice.txt",
                FIRST,
                entity("strelsau", "Strelsau", EntityType.GPE, FIRST, "Strelsau"),
                entity("strelsau", "Strelsau", EntityType.FAC, FIRST, "Strelsau"));
        try (Store store = stores.open()) {
            assertThatThrownBy(() -> store.save(twice))
                    .hasMessage("twice.txt: entity id 'strelsau' occurs twice in one document");
        }
        assertNothingStored();
    }

    @Test
    void anUnrelatedEntityWhoseIdIsTakenGetsTheNextFreeSuffix() {
        String planet = "Jupiter is large.";
        String rocket = "The Jupiter Rocket flew. The Jupiter Rocket landed.";
        Entity big = entity("jupiter", "Jupiter", EntityType.LOC, planet, "Jupiter");
        Entity flying = entity("jupiter", "Jupiter Rocket", EntityType.PRODUCT, rocket, "Jupiter Rocket");
        Entity stored = new Entity("jupiter", "Jupiter", EntityType.LOC, List.of("Jupiter"), List.of());
        assumeThat(Resolver.sameThing(stored, flying))
                .as("the resolver treats one id as one thing, so a taken id is never unrelated")
                .isEmpty();
        try (Store store = stores.open()) {
            store.save(extraction("planet.txt", planet, big));
            SavedDocument saved = store.save(extraction("rocket.txt", rocket, flying));

            assertThat(saved.newEntities()).isEqualTo(1);
            assertThat(store.entity("Jupiter Rocket").orElseThrow().entity().id())
                    .isEqualTo("jupiter-2");
        }
    }

    private void assertNothingStored() throws SQLException {
        for (String table :
                List.of("documents", "entities", "entity_aliases", "entity_keys", "document_entities", "mentions")) {
            assertThat(stores.rows(table)).as(table).isZero();
        }
    }
}
