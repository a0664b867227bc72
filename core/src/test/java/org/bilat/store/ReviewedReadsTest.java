package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.Map;
import org.bilat.model.Entity;
import org.bilat.model.Event;
import org.bilat.model.Extraction;
import org.bilat.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reads that count or copy facts show the reviewed state: rejected facts left out, edited ones as edited. */
class ReviewedReadsTest {
    @TempDir
    Path dir;

    private static String key(Store store, FactKind kind, String quoteStart) {
        return store.reviewQueue(null).stream()
                .filter(item -> item.kind() == kind && item.quote().startsWith(quoteStart))
                .findFirst()
                .orElseThrow()
                .key();
    }

    private static void reject(Store store, FactKind kind, String quoteStart) {
        store.judge(key(store, kind, quoteStart), JudgementAction.REJECT, Map.of(), "ana", null);
    }

    @Test
    void rowsSayTheirReviewAndRejectedOnesShowOnlyWhenAskedFor() {
        try (Store store = Store.open(dir)) {
            store.save(FactsStoreTest.first());
            store.judge(
                    key(store, FactKind.EVENT, "Ruritania and Borduria"),
                    JudgementAction.ACCEPT,
                    Map.of(),
                    "ana",
                    null);
            String develop = key(store, FactKind.EVENT, "Ruritania began");
            store.judge(develop, JudgementAction.EDIT, Map.of("date", "2013"), "ana", null);
            reject(store, FactKind.FIGURE, "a range");

            assertThat(store.timeline(TimelineFilter.all()))
                    .extracting(HappeningRow::date, HappeningRow::review)
                    .containsExactly(tuple("2013", "edited"), tuple("2015-05", "accepted"));
            assertThat(store.figures(FigureFilter.all())).isEmpty();
            assertThat(store.figures(FigureFilter.all().showingRejected(true)))
                    .extracting(FigureRow::review)
                    .containsExactly("rejected");
            store.judge(develop, JudgementAction.REJECT, Map.of(), "ana", null);
            assertThat(store.timeline(TimelineFilter.all().showingRejected(true)))
                    .extracting(HappeningRow::review)
                    .containsExactly("rejected", "accepted");
            assertThat(store.timeline(TimelineFilter.all()))
                    .extracting(HappeningRow::review)
                    .containsExactly("accepted");
        }
    }

    @Test
    void summaryCountsLeaveOutRejectedFacts() {
        try (Store store = Store.open(dir)) {
            store.save(FactsStoreTest.first());
            store.save(FactsStoreTest.second());
            FactCounts before = store.summary(0).facts();

            reject(store, FactKind.EVENT, "Talks between Borduria");
            reject(store, FactKind.FIGURE, "Its maximum range");
            reject(store, FactKind.RELATION, "President Rudolf");

            FactCounts after = store.summary(0).facts();
            assertThat(before.corroborated()).isEqualTo(1);
            assertThat(after)
                    .isEqualTo(new FactCounts(before.events() - 1, before.happenings(), 0, before.figures() - 1, 0));
        }
    }

    @Test
    void reviewedContentsLeaveOutRejectedFactsAndCarryEditedValuesWhileTheCopyKeepsAll() {
        try (Store store = Store.open(dir)) {
            store.save(FactsStoreTest.first());
            store.save(FactsStoreTest.second());
            reject(store, FactKind.EVENT, "Ruritania began developing");
            store.judge(
                    key(store, FactKind.FIGURE, "a range"), JudgementAction.EDIT, Map.of("date", "2016"), "ana", null);

            StoreContents reviewed = store.reviewedContents();

            assertThat(reviewed.events())
                    .extracting(e -> e.event().evidence().get(0).quote())
                    .doesNotContain("Ruritania began developing the Falcon-3 missile in 2014")
                    .hasSize(store.contents().events().size() - 1);
            assertThat(reviewed.figures())
                    .extracting(StoredFigure::quantity)
                    .filteredOn(q -> q.evidence().quote().startsWith("a range"))
                    .extracting(Quantity::date)
                    .containsExactly("2016");
        }
    }

    @Test
    void goldRecordsHoldOneRecordPerDocumentWithItsCanonicalEntities() {
        try (Store store = Store.open(dir)) {
            store.save(FactsStoreTest.first());
            store.save(FactsStoreTest.second());
            reject(store, FactKind.EVENT, "Work on the Falcon-3");

            Extraction second = store.goldRecords().get(1);

            assertThat(second.document().source()).isEqualTo("second.txt");
            assertThat(second.events()).extracting(Event::summary).hasSize(1);
            assertThat(second.entities())
                    .extracting(Entity::id)
                    .containsAll(second.events().get(0).participants());
            assertThat(second.quantities().get(0).subjects()).containsExactly("falcon-3");
        }
    }
}
