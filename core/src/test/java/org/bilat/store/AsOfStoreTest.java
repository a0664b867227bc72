package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilat.store.Fixtures.published;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bilat.model.BilatException;
import org.bilat.model.EventType;
import org.bilat.model.Extraction;
import org.bilat.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "What we knew when": two batches ingested on two days, and the store as it stood between them. */
class AsOfStoreTest {
    private static final Instant DAY_ONE = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant DAY_TWO = Instant.parse("2026-03-09T10:00:00Z");
    private static final AsOf BETWEEN = AsOf.parse("2026-03-05", false, "--as-of");

    @TempDir
    Path dir;

    @Test
    void theEarlierViewHoldsOnlyWhatTheFirstBatchBrought() {
        ingestOnTwoDays(FactsStoreTest.first(), FactsStoreTest.second());
        try (Store store = Store.open(dir)) {
            HappeningRow talksThen = store.timeline(meetings().asOf(BETWEEN)).get(0);
            HappeningRow talksNow = store.timeline(meetings()).get(0);

            assertThat(talksThen.sources()).containsExactly("first.txt");
            assertThat(talksThen.date()).isEqualTo("2015-05");
            assertThat(talksNow.sources()).containsExactly("first.txt", "second.txt");
            assertThat(store.figures(FigureFilter.all().asOf(BETWEEN)))
                    .extracting(FigureRow::source)
                    .containsExactly("first.txt");
            assertThat(store.figures(FigureFilter.all())).hasSize(2);
            assertThat(store.conflicts(BETWEEN)).isEmpty();
            assertThat(store.conflicts()).isNotEmpty();
        }
    }

    @Test
    void nothingIngestedBeforeTheDayIsInItsView() {
        ingestOnTwoDays(FactsStoreTest.first(), FactsStoreTest.second());
        try (Store store = Store.open(dir)) {
            AsOf before = AsOf.parse("2026-03-01", false, "--as-of");

            assertThat(store.timeline(TimelineFilter.all().asOf(before))).isEmpty();
            assertThat(store.relations(RelationType.ROLE, before)).isEmpty();
            assertThat(store.relations(RelationType.ROLE, BETWEEN)).hasSize(1);
        }
    }

    @Test
    void anEntitysRelationsAndWhichDocumentsLieInsideFollowTheCut() {
        ingestOnTwoDays(FactsStoreTest.first(), FactsStoreTest.second());
        try (Store store = Store.open(dir)) {
            AsOf before = AsOf.parse("2026-03-01", false, "--as-of");
            String second = store.documents().stream()
                    .filter(d -> d.source().equals("second.txt"))
                    .findFirst()
                    .orElseThrow()
                    .id();

            assertThat(store.relations("Ruritania", false, before)).isEmpty();
            assertThat(store.relations("Ruritania", false, BETWEEN)).isEqualTo(store.relations("Ruritania"));
            assertThat(store.inside(BETWEEN).test(second)).isFalse();
            assertThat(store.inside(AsOf.now()).test(second)).isTrue();
            assertThat(store.ladder(null, null, before)).isEmpty();
        }
    }

    @Test
    void aDayHoldsWhatWasIngestedUntilItsEndInUtc() {
        ingestOnTwoDays(FactsStoreTest.first(), FactsStoreTest.second());
        try (Store store = Store.open(dir)) {
            AsOf dayOne = AsOf.parse("2026-03-02", false, "--as-of");

            assertThat(store.timeline(meetings().asOf(dayOne)).get(0).sources()).containsExactly("first.txt");
            assertThat(store.ingestTimes().documents()).containsValues(DAY_ONE, DAY_TWO);
        }
    }

    @Test
    void theViewByPublicationKeepsOnlyDocumentsPublishedByThenAndNoUndatedOne() {
        ingestOnTwoDays(published(FactsStoreTest.first(), "2015-06"), published(FactsStoreTest.second(), null));
        try (Store store = Store.open(dir)) {
            AsOf published2016 = AsOf.parse("2016-01-01", true, "--as-of");
            AsOf published2014 = AsOf.parse("2014-12-31", true, "--as-of");

            assertThat(store.timeline(meetings().asOf(published2016)).get(0).sources())
                    .containsExactly("first.txt");
            assertThat(store.timeline(meetings().asOf(published2014))).isEmpty();
        }
    }

    @Test
    void theNetworkHoldsOnlyTheLinksAndMentionsOfDocumentsInsideTheCut() {
        ingestOnTwoDays(FactsStoreTest.first(), FactsStoreTest.second());
        try (Store store = Store.open(dir)) {
            AsOf before = AsOf.parse("2026-03-01", false, "--as-of");
            Graph then = store.graph(null, 1, 10, BETWEEN);
            Graph now = store.graph(null, 1, 10);

            assertThat(store.graph(null, 1, 10, before).nodes()).isEmpty();
            assertThat(store.graph("Ruritania", 1, 10, before).nodes()).isEmpty();
            assertThat(mentions(then, "borduria")).isPositive().isLessThan(mentions(now, "borduria"));
            assertThat(then.edges()).containsExactlyInAnyOrderElementsOf(now.edges());
            assertThat(store.graph(null, 1, 10, AsOf.now())).isEqualTo(now);
        }
    }

    private static int mentions(Graph graph, String id) {
        return graph.nodes().stream()
                .filter(n -> n.id().equals(id))
                .mapToInt(GraphNode::mentions)
                .sum();
    }

    @Test
    void aDayThatIsNotADateIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> AsOf.parse("March 5", false, "asOf"))
                .isInstanceOf(BilatException.class)
                .hasMessage("asOf: not a day (YYYY-MM-DD): March 5");
    }

    private void ingestOnTwoDays(Extraction first, Extraction second) {
        try (Store store = Store.open(dir, Clock.fixed(DAY_ONE, ZoneOffset.UTC))) {
            store.save(first);
        }
        try (Store store = Store.open(dir, Clock.fixed(DAY_TWO, ZoneOffset.UTC))) {
            store.save(second);
        }
    }

    private static TimelineFilter meetings() {
        return new TimelineFilter(null, EventType.MEET, null, null);
    }
}
