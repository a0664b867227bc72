package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilat.store.Fixtures.published;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The verdict on every happening read at once is the one its timeline row gives, with a cut through time too. */
@ParameterizedClass
@EnumSource(Engine.class)
class HappeningReviewsTest {
    private static final AsOf PUBLISHED_BY_2017 = AsOf.parse("2017-01-01", true, "--as-of");

    @RegisterExtension
    final TestStore stores;

    HappeningReviewsTest(Engine engine) {
        this.stores = TestStore.on(engine);
    }

    @Test
    void eachHappeningHasTheReviewOfItsTimelineRow() {
        try (Store store = stores.open()) {
            for (int i = 0; i < 6; i++) {
                store.save(published(HappeningPagesTest.document(i), i % 3 == 0 ? "2019-02" : "2015"));
            }
            List<HappeningRow> rows = store.timeline(TimelineFilter.all());
            for (EventReport report : rows.get(0).reports()) {
                store.judge(report.key(), JudgementAction.REJECT, Map.of(), "ana", null);
            }
            store.judge(rows.get(1).reports().get(0).key(), JudgementAction.ACCEPT, Map.of(), "ana", null);

            for (AsOf cut : List.of(AsOf.now(), PUBLISHED_BY_2017)) {
                assertThat(store.happeningReviews(cut)).isEqualTo(timelineReviews(store, cut));
            }
            assertThat(store.happeningReviews(AsOf.now()))
                    .containsEntry(rows.get(0).id(), "rejected")
                    .containsEntry(rows.get(1).id(), "accepted")
                    .containsEntry(rows.get(2).id(), "unreviewed");
        }
    }

    private static Map<String, String> timelineReviews(Store store, AsOf cut) {
        return store.timeline(TimelineFilter.all().showingRejected(true).asOf(cut)).stream()
                .collect(Collectors.toMap(HappeningRow::id, HappeningRow::review));
    }
}
