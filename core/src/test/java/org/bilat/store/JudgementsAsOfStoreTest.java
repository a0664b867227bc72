package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.bilat.model.EntityType;
import org.bilat.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** "Only judgements made by then": a view as of a day leaves out the judgements made after it, on both engines. */
@ParameterizedClass
@EnumSource(Engine.class)
class JudgementsAsOfStoreTest {
    private static final Clock DAY_ONE = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Clock DAY_TWO = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);
    private static final AsOf BETWEEN = AsOf.parse("2026-03-05", false, "--as-of");
    private static final String FALCON = "Ruritania began developing the Falcon-3 missile in 2014.";

    @RegisterExtension
    final TestStore stores;

    JudgementsAsOfStoreTest(Engine engine) {
        this.stores = TestStore.on(engine);
    }

    @Test
    void aFactRejectedOrEditedAfterTheDayShowsAsTheMachineReadIt() {
        ingestOnDayOne();
        try (Store store = stores.open(DAY_TWO)) {
            store.judge(
                    key(store, FactKind.EVENT, "Ruritania and Borduria"),
                    JudgementAction.REJECT,
                    Map.of(),
                    "ana",
                    null);
            store.judge(
                    key(store, FactKind.FIGURE, "a range"), JudgementAction.EDIT, Map.of("value", "250"), "ana", null);

            assertThat(talks(store, BETWEEN))
                    .singleElement()
                    .extracting(HappeningRow::review)
                    .isEqualTo("unreviewed");
            assertThat(store.figures(FigureFilter.all().asOf(BETWEEN)))
                    .singleElement()
                    .satisfies(f -> assertThat(List.of(f.amount(), f.review()))
                            .containsExactly("200 KM (up to)", "unreviewed"));
            assertThat(store.conflicts(BETWEEN)).isEqualTo(store.conflicts(AsOf.now()));
            assertThat(talks(store, AsOf.now())).isEmpty();
            assertThat(store.figures(FigureFilter.all()))
                    .singleElement()
                    .satisfies(f ->
                            assertThat(List.of(f.amount(), f.review())).containsExactly("250 KM (up to)", "edited"));
        }
    }

    @Test
    void aJudgementMadeByTheDayHoldsInItsViewThoughRevertedLater() {
        ingestOnDayOne();
        Judgement reject;
        try (Store store = stores.open(DAY_ONE)) {
            reject = store.judge(
                    key(store, FactKind.EVENT, "Ruritania and Borduria"),
                    JudgementAction.REJECT,
                    Map.of(),
                    "ana",
                    null);
        }
        try (Store store = stores.open(DAY_TWO)) {
            store.revert(reject.id(), "ana", null);

            assertThat(talks(store, BETWEEN)).isEmpty();
            assertThat(store.timeline(meetings().asOf(BETWEEN).showingRejected(true)))
                    .singleElement()
                    .extracting(HappeningRow::review)
                    .isEqualTo("rejected");
            assertThat(talks(store, AsOf.now())).hasSize(1);
        }
    }

    @Test
    void aFactAddedByHandAfterTheDayIsNotInItsView() {
        ingestOnDayOne();
        try (Store store = stores.open(DAY_TWO)) {
            int at = FactsStoreTest.FIRST.indexOf(FALCON);
            store.addFact(
                    FactKind.EVENT,
                    store.documents().get(0).id(),
                    at,
                    at + FALCON.length(),
                    Map.of("type", "launch", "date", "2014"),
                    "ana",
                    null);

            assertThat(store.timeline(new TimelineFilter(null, EventType.LAUNCH, null, null, BETWEEN)))
                    .isEmpty();
            assertThat(store.timeline(new TimelineFilter(null, EventType.LAUNCH, null, null)))
                    .hasSize(1);
        }
    }

    @Test
    void anEntityMergedAfterTheDayIsApartInItsView() {
        ingestOnDayOne();
        try (Store store = stores.open(DAY_TWO)) {
            store.judgeEntity(
                    "ruritania",
                    JudgementAction.MERGE,
                    new EntityEdit(null, null, List.of("strelsau"), List.of(), List.of()),
                    "ana",
                    null,
                    null);

            assertThat(talks(store, BETWEEN).get(0).location())
                    .extracting(EntityRef::id)
                    .isEqualTo("strelsau");
            assertThat(talks(store, AsOf.now()).get(0).location())
                    .extracting(EntityRef::id)
                    .isEqualTo("ruritania");
            assertThat(store.find("strelsau").orElseThrow().id()).isEqualTo("ruritania");
        }
    }

    @Test
    void anEntityRenamedRetypedAndMergedAfterTheDayHasItsFormerHeaderInItsView() {
        ingestOnDayOne();
        try (Store store = stores.open(DAY_TWO)) {
            byAna(store, JudgementAction.RENAME, EntityEdit.of("Kingdom of Ruritania", null));
            byAna(store, JudgementAction.RETYPE, EntityEdit.of(null, EntityType.ORG));
            byAna(store, JudgementAction.MERGE, new EntityEdit(null, null, List.of("borduria"), List.of(), List.of()));

            EntityRow then =
                    store.entity("ruritania", 10, 10, BETWEEN).orElseThrow().entity();
            EntityRow now = store.entity("ruritania", 10, 10).orElseThrow().entity();

            assertThat(List.of(then.name(), then.type().name())).containsExactly("Ruritania", "GPE");
            assertThat(then.aliases()).doesNotContain("Borduria", "Kingdom of Ruritania");
            assertThat(store.entity("borduria", BETWEEN).orElseThrow().entity().id())
                    .isEqualTo("borduria");
            assertThat(List.of(now.name(), now.type().name())).containsExactly("Kingdom of Ruritania", "ORG");
            assertThat(now.aliases()).contains("Borduria");
            assertThat(store.entity("borduria", AsOf.now())
                            .orElseThrow()
                            .entity()
                            .id())
                    .isEqualTo("ruritania");
            assertThat(store.entity("ruritania", 10, 10, AsOf.now())).isEqualTo(store.entity("ruritania", 10, 10));
        }
    }

    private static void byAna(Store store, JudgementAction action, EntityEdit edit) {
        store.judgeEntity("ruritania", action, edit, "ana", null, null);
    }

    private void ingestOnDayOne() {
        try (Store store = stores.open(DAY_ONE)) {
            store.save(FactsStoreTest.first());
        }
    }

    private static String key(Store store, FactKind kind, String quoteStart) {
        return store.reviewQueue(null).stream()
                .filter(item -> item.kind() == kind && item.quote().startsWith(quoteStart))
                .findFirst()
                .orElseThrow()
                .key();
    }

    private static List<HappeningRow> talks(Store store, AsOf asOf) {
        return store.timeline(meetings().asOf(asOf));
    }

    private static TimelineFilter meetings() {
        return new TimelineFilter(null, EventType.MEET, null, null);
    }
}
