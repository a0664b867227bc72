package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.bilat.model.EventType;
import org.bilat.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class StructuredEditsStoreTest {
    @RegisterExtension
    final TestStore stores;

    StructuredEditsStoreTest(Engine engine) {
        this.stores = TestStore.on(engine);
    }

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
    void aDateEditMovesTheEventToAHappeningOfItsOwnAndItsRevertBringsItBack() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());
            store.save(FactsStoreTest.second());
            assertThat(talks(store))
                    .singleElement()
                    .satisfies(h -> assertThat(h.reports()).hasSize(2));
            String second = key(store, FactKind.EVENT, "Talks between Borduria");

            Judgement edit = store.judge(second, JudgementAction.EDIT, Map.of("date", "2016-02-03"), "ana", null);

            assertThat(talks(store)).extracting(HappeningRow::date).containsExactly("2015-05", "2016-02-03");
            store.revert(edit.id(), "ana", null);
            assertThat(talks(store))
                    .singleElement()
                    .satisfies(h -> assertThat(h.reports()).hasSize(2));
        }
    }

    @Test
    void participantsAndLocationTakeEntitiesByNameOrId() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());
            String talks = key(store, FactKind.EVENT, "Ruritania and Borduria held talks");

            Judgement edit = store.judge(
                    talks,
                    JudgementAction.EDIT,
                    Map.of("participants", "Borduria; rudolf-elphberg", "location", ""),
                    "ana",
                    null);

            HappeningRow row = talks(store).get(0);
            assertThat(row.participants()).extracting(EntityRef::id).containsExactly("borduria", "rudolf-elphberg");
            assertThat(row.location()).isNull();
            assertThat(edit.before())
                    .containsEntry("participants", "ruritania; borduria")
                    .containsEntry("location", "strelsau");
            assertThat(edit.after()).containsEntry("participants", "borduria; rudolf-elphberg");
            store.revert(edit.id(), "ana", null);
            assertThat(talks(store).get(0).participants())
                    .extracting(EntityRef::id)
                    .containsExactly("ruritania", "borduria");
            assertThat(talks(store).get(0).location()).extracting(EntityRef::id).isEqualTo("strelsau");
        }
    }

    @Test
    void aFiguresSubjectsAndARelationsEndsCanBeEdited() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());
            String range = key(store, FactKind.FIGURE, "a range");
            String role = key(store, FactKind.RELATION, "President Rudolf");

            store.judge(range, JudgementAction.EDIT, Map.of("subjects", "Ruritania; Falcon-3"), "ana", null);
            store.judge(role, JudgementAction.EDIT, Map.of("object", "Borduria", "type", "member_of"), "ana", null);

            assertThat(store.figures(FigureFilter.all()).get(0).subjects())
                    .extracting(EntityRef::id)
                    .containsExactly("ruritania", "falcon-3");
            assertThat(store.relations(RelationType.MEMBER_OF)).singleElement().satisfies(r -> {
                assertThat(r.subject().id()).isEqualTo("rudolf-elphberg");
                assertThat(r.object().id()).isEqualTo("borduria");
            });
        }
    }

    @Test
    void anUnknownEntityOrAnEmptyEndIsAnErrorNamingTheFieldAndStoresNothing() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());
            String talks = key(store, FactKind.EVENT, "Ruritania and Borduria held talks");
            String role = key(store, FactKind.RELATION, "President Rudolf");

            assertThatThrownBy(() -> store.judge(
                            talks, JudgementAction.EDIT, Map.of("participants", "Ruritania; Atlantis"), "ana", null))
                    .hasMessage("participants: Atlantis: no such entity");
            assertThatThrownBy(() -> store.judge(role, JudgementAction.EDIT, Map.of("subject", " "), "ana", null))
                    .hasMessage("subject: must name an entity");
            assertThatThrownBy(() -> store.judge(
                            talks, JudgementAction.EDIT, Map.of("location", "Ruritania; Borduria"), "ana", null))
                    .hasMessage("location: names one entity, not 2");
            assertThat(store.judgements()).isEmpty();
        }
    }

    @Test
    void aRejectedRelationLeavesRelationsAndTheNetworkAndShowsMarkedWhenAskedFor() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());
            String role = key(store, FactKind.RELATION, "President Rudolf");
            assertThat(store.relations("rudolf-elphberg")).singleElement().satisfies(r -> {
                assertThat(r.review()).isEqualTo("unreviewed");
                assertThat(r.facts()).containsExactly(new RelationFact(role, "unreviewed", 0));
            });

            store.judge(role, JudgementAction.REJECT, Map.of(), "ana", "a guest, not the president");

            assertThat(store.relations("rudolf-elphberg")).isEmpty();
            assertThat(store.relations(RelationType.ROLE)).isEmpty();
            assertThat(store.graph("rudolf-elphberg", 1, 10).edges())
                    .noneMatch(e -> e.kind() == GraphEdge.Kind.RELATION);
            assertThat(store.relations("rudolf-elphberg", true)).singleElement().satisfies(r -> {
                assertThat(r.review()).isEqualTo("rejected");
                assertThat(r.facts()).containsExactly(new RelationFact(role, "rejected", 1));
            });
        }
    }

    @Test
    void aRejectedRelationComesBackToTheNetworkMarkedWhenAskedForWithOrWithoutACut() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());
            store.judge(
                    key(store, FactKind.RELATION, "President Rudolf"), JudgementAction.REJECT, Map.of(), "ana", null);
            AsOf later = AsOf.parse("2999-12-31", false, "--as-of");

            for (AsOf asOf : List.of(AsOf.now(), later)) {
                assertThat(store.graph("rudolf-elphberg", 1, 10, asOf).edges())
                        .noneMatch(e -> e.kind() == GraphEdge.Kind.RELATION);
                assertThat(store.graph("rudolf-elphberg", 1, 10, asOf, true).edges())
                        .filteredOn(e -> e.kind() == GraphEdge.Kind.RELATION)
                        .singleElement()
                        .satisfies(e -> {
                            assertThat(e.label()).isEqualTo("ROLE");
                            assertThat(e.weight()).isEqualTo(1);
                            assertThat(e.rejected()).isTrue();
                        });
            }
        }
    }

    @Test
    void aRejectedEventLeavesItsLinkOnlyWhenNoOtherAccountOfTheHappeningStands() {
        try (Store store = stores.open()) {
            store.save(FactsStoreTest.first());
            store.save(FactsStoreTest.second());
            AsOf later = AsOf.parse("2999-12-31", false, "--as-of");
            store.judge(
                    key(store, FactKind.EVENT, "Talks between Borduria"),
                    JudgementAction.REJECT,
                    Map.of(),
                    "ana",
                    null);
            List<GraphEdge> meetings = meetingEdges(store, AsOf.now(), false);
            assertThat(meetings).isNotEmpty().noneMatch(GraphEdge::rejected);
            assertThat(meetingEdges(store, later, false)).isEqualTo(meetings);

            for (ReviewItem item : store.reviewQueue(null)) {
                if (item.kind() == FactKind.EVENT) {
                    store.judge(item.key(), JudgementAction.REJECT, Map.of(), "ana", null);
                }
            }

            assertThat(meetingEdges(store, AsOf.now(), false)).isEmpty();
            assertThat(meetingEdges(store, later, false)).isEmpty();
            assertThat(meetingEdges(store, AsOf.now(), true)).isNotEmpty().allMatch(GraphEdge::rejected);
            assertThat(meetingEdges(store, later, true)).isEqualTo(meetingEdges(store, AsOf.now(), true));
        }
    }

    private static List<GraphEdge> meetingEdges(Store store, AsOf asOf, boolean showRejected) {
        return store.graph(null, 1, 50, asOf, showRejected).edges().stream()
                .filter(e -> e.kind() == GraphEdge.Kind.EVENT && e.label().equals("MEET"))
                .sorted(java.util.Comparator.comparing(GraphEdge::source).thenComparing(GraphEdge::target))
                .toList();
    }
}
