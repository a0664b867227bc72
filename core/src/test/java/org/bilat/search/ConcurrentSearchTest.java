package org.bilat.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentSearchTest {
    @TempDir
    Path dir;

    @Test
    void threadsSearchingDuringCommitsSeeWholeCommits() throws Exception {
        SearchIndex.rebuild(dir, SampleRecords.all());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (SearchIndex index = SearchIndex.open(dir)) {
            List<Future<Set<Long>>> searches = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                searches.add(threads.submit(() -> totals(index)));
            }
            for (int round = 0; round < 10; round++) {
                SearchIndex.rebuild(dir, round % 2 == 0 ? SampleRecords.all().subList(0, 4) : SampleRecords.all());
            }
            for (Future<Set<Long>> search : searches) {
                // whole commits only: all nine records, or the four entities, never a part
                assertThat(search.get(1, TimeUnit.MINUTES)).isSubsetOf(4L, 9L);
            }
            assertThat(index.search(SearchQuery.of("")).total()).isEqualTo(9);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Set<Long> totals(SearchIndex index) {
        Set<Long> totals = new java.util.HashSet<>();
        for (int i = 0; i < 300; i++) {
            SearchResults results = index.search(SearchQuery.of(""));
            assertThat(results.hits()).hasSize((int) results.total());
            totals.add(results.total());
        }
        return totals;
    }
}
