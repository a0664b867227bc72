package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilat.store.Fixtures.entity;
import static org.bilat.store.Fixtures.extraction;

import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class EntityJudgementsStoreTest {
    @RegisterExtension
    final TestStore stores;

    EntityJudgementsStoreTest(Engine engine) {
        this.stores = TestStore.on(engine);
    }

    private static Judgement merge(Store store, String into, String... others) {
        return store.judgeEntity(
                into,
                JudgementAction.MERGE,
                new EntityEdit(null, null, List.of(others), List.of(), List.of()),
                "ana",
                "one place",
                null);
    }

    private static HappeningRow talks(Store store) {
        return store.timeline(new TimelineFilter(null, EventType.MEET, null, null))
                .get(0);
    }

    @Test
    void aRenameAndARetypeChangeTheEntityAndTheirRevertsChangeItBack() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());

            Judgement rename = store.judgeEntity(
                    "ruritania",
                    JudgementAction.RENAME,
                    EntityEdit.of("Kingdom of Ruritania", null),
                    "ana",
                    null,
                    null);
            store.judgeEntity(
                    "falcon-3", JudgementAction.RETYPE, EntityEdit.of(null, EntityType.ORG), "ana", null, null);

            assertThat(store.find("ruritania").orElseThrow().name()).isEqualTo("Kingdom of Ruritania");
            assertThat(store.find("Falcon-3").orElseThrow().type()).isEqualTo(EntityType.ORG);
            assertThat(rename.key())
                    .startsWith("entity:" + store.documents().get(0).id() + ":");
            assertThat(rename.before()).containsEntry("name", "Ruritania");
            store.revert(rename.id(), "ana", null);
            assertThat(store.find("ruritania").orElseThrow().name()).isEqualTo("Ruritania");
            assertThat(store.find("ruritania").orElseThrow().aliases()).doesNotContain("Kingdom of Ruritania");
            assertThat(store.entityHistory("ruritania"))
                    .extracting(Judgement::action)
                    .containsExactly(JudgementAction.RENAME, JudgementAction.REVERT);
        }
    }

    @Test
    void aMergeMovesFactsAndSpellingsAndTheOldIdLeadsToTheMergedEntityUntilReverted() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());

            Judgement merge = merge(store, "ruritania", "Strelsau");

            EntityRow merged = store.find("strelsau").orElseThrow();
            assertThat(merged.id()).isEqualTo("ruritania");
            assertThat(store.entity("strelsau").orElseThrow().entity())
                    .satisfies(e -> assertThat(e.name()).isEqualTo("Ruritania"))
                    .satisfies(e -> assertThat(e.aliases()).contains("Strelsau"));
            assertThat(talks(store).location()).extracting(EntityRef::id).isEqualTo("ruritania");
            assertThat(store.entityHistory("strelsau")).containsExactly(merge);
            store.revert(merge.id(), "ana", null);
            assertThat(store.find("strelsau").orElseThrow().id()).isEqualTo("strelsau");
            assertThat(store.find("ruritania").orElseThrow().aliases()).doesNotContain("Strelsau");
            assertThat(talks(store).location()).extracting(EntityRef::id).isEqualTo("strelsau");
        }
    }

    @Test
    void aSplitMovesTheNamedMentionsWithTheirDocumentsFactsAndItsRevertMergesThemBack() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());
            store.save(FactsStoreTest.second());
            String second = store.documents().get(1).id();
            int at = FactsStoreTest.SECOND.indexOf("Borduria");
            String mention = second + ":" + at + "-" + (at + "Borduria".length());

            Judgement split = store.judgeEntity(
                    "borduria",
                    JudgementAction.SPLIT,
                    new EntityEdit("Borduria (the duchy)", null, List.of(), List.of(), List.of(mention)),
                    "ana",
                    "another Borduria",
                    null);

            EntityRow duchy = store.find("Borduria (the duchy)").orElseThrow();
            assertThat(duchy.id()).isEqualTo("borduria-the-duchy");
            assertThat(store.entity("borduria").orElseThrow().documents()).hasSize(1);
            assertThat(store.timeline(new TimelineFilter("borduria-the-duchy", null, null, null)))
                    .hasSize(1);
            store.revert(split.id(), "ana", null);
            assertThat(store.find("borduria-the-duchy")).isEmpty();
            assertThat(store.entity("borduria").orElseThrow().documents()).hasSize(2);
        }
    }

    @Test
    void aMergeAndASplitAreAppliedAgainAfterTheirDocumentsAreExtractedAgain() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());
            store.save(FactsStoreTest.second());
            merge(store, "ruritania", "strelsau");
            String second = store.documents().get(1).id();
            int at = FactsStoreTest.SECOND.indexOf("Borduria");
            store.judgeEntity(
                    "borduria",
                    JudgementAction.SPLIT,
                    new EntityEdit(
                            "Bord",
                            null,
                            List.of(),
                            List.of(),
                            List.of(second + ":" + at + "-" + (at + "Borduria".length()))),
                    "ana",
                    null,
                    null);

            store.replace(FactsStoreTest.first());
            store.replace(FactsStoreTest.second());

            assertThat(store.find("strelsau").orElseThrow().id()).isEqualTo("ruritania");
            assertThat(talks(store).location()).extracting(EntityRef::id).isEqualTo("ruritania");
            assertThat(store.find("bord").orElseThrow().documents()).isEqualTo(1);
            assertThat(store.find("borduria").orElseThrow().documents()).isEqualTo(1);
            assertThat(store.orphanedJudgements()).isEmpty();
        }
    }

    @Test
    void aJudgementWhoseMentionIsGoneIsOrphanedAndKept() {
        try (Store store = stores.open()) {
            String text = "Ruritania sent envoys to Borduria.";
            store.save(extraction(
                    "x.txt",
                    text,
                    entity("ruritania", "Ruritania", EntityType.GPE, text, "Ruritania"),
                    entity("borduria", "Borduria", EntityType.GPE, text, "Borduria")));
            Judgement rename = store.judgeEntity(
                    "borduria", JudgementAction.RENAME, EntityEdit.of("Duchy of Borduria", null), "ana", null, null);

            String changed = "Ruritania sent envoys abroad.";
            store.save(extraction(
                    "x.txt", changed, entity("ruritania", "Ruritania", EntityType.GPE, changed, "Ruritania")));

            assertThat(store.orphanedJudgements()).containsExactly(rename);
            assertThat(store.judgements()).containsExactly(rename);
        }
    }

    @Test
    void badEntityJudgementsAreOneLineAndStoreNothing() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());

            assertThatThrownBy(() -> merge(store, "ruritania", "Atlantis"))
                    .hasMessage("others: Atlantis: no such entity");
            assertThatThrownBy(() -> merge(store, "ruritania", "Ruritania"))
                    .hasMessage("others: Ruritania is ruritania itself");
            assertThatThrownBy(() -> store.judgeEntity(
                            "ruritania",
                            JudgementAction.SPLIT,
                            new EntityEdit(null, null, List.of(), List.of("Ruritania"), List.of()),
                            "ana",
                            null,
                            null))
                    .hasMessage("aliases: would split off every mention of ruritania; rename it instead");
            assertThatThrownBy(() -> store.judgeEntity(
                            "ruritania", JudgementAction.RENAME, EntityEdit.of("Ruritania II", null), "ana", null, 3))
                    .isInstanceOf(StaleVersion.class)
                    .hasMessage("ruritania: changed since it was read (version 3, now 0); read it again and retry");
            assertThat(store.judgements()).isEmpty();
        }
    }
}
