package org.bilat.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.bilat.model.BilatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexWritingTest {
    @TempDir
    Path dir;

    @Test
    void absentIndexAnswersNoHitsAndCreatesNothing() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            SearchResults results = index.search(SearchQuery.of("Polonez"));

            assertThat(results.total()).isZero();
            assertThat(results.hits()).isEmpty();
            assertThat(results.facets()).containsOnlyKeys("kind", "entityType", "eventType", "year", "source");
            assertThat(results.facets().values()).allMatch(List::isEmpty);
        }
        assertThat(dir.resolve("index")).doesNotExist();
    }

    @Test
    void emptyIndexAnswersNoHits() {
        assertThat(SearchIndex.rebuild(dir, List.of())).isZero();

        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.search(SearchQuery.of("")).total()).isZero();
            assertThat(index.search(SearchQuery.of("")).facets().get("kind")).isEmpty();
        }
    }

    @Test
    void rebuildReplacesEverything() {
        SearchIndex.rebuild(dir, SampleRecords.all());

        int written = SearchIndex.rebuild(dir, List.of(SampleRecords.entity("zenda", "Zenda", "Zenda", "GPE")));

        assertThat(written).isEqualTo(1);
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.search(SearchQuery.of("")).hits())
                    .extracting(SearchHit::id)
                    .containsExactly("zenda");
        }
    }

    @Test
    void updateReplacesTheRecordOfTheSameKindAndId() {
        SearchIndex.rebuild(dir, SampleRecords.all());

        SearchIndex.update(
                dir,
                List.of(
                        SampleRecords.entity("polonez", "Polonez-M", "Polonez-M; modernised Polonez", "PRODUCT"),
                        SampleRecords.event(
                                "polonez",
                                "2020 · LAUNCH · Polonez",
                                "Polonez launch",
                                "LAUNCH",
                                "2020",
                                List.of(2020))));

        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.search(SearchQuery.of("")).total()).isEqualTo(10);
            assertThat(index.search(SearchQuery.of("modernised")).hits())
                    .extracting(SearchHit::kind, SearchHit::id, SearchHit::title, SearchHit::sources)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(SearchKind.ENTITY, "polonez", "Polonez-M", List.of()));
        }
    }

    @Test
    void removeDeletesByKindAndId() {
        SearchIndex.rebuild(dir, SampleRecords.all());

        SearchIndex.remove(dir, SearchKind.ENTITY, List.of("polonez", "strelsau", "no-such-id"));

        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.search(new SearchQuery("", SearchKind.ENTITY, null, null, null, null, 1, 20))
                            .hits())
                    .extracting(SearchHit::id)
                    .containsExactly("lukashenka", "ruritania");
        }
    }

    @Test
    void openIndexSeesEveryLaterCommit() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.search(SearchQuery.of("Zenda")).total()).isZero();

            SearchIndex.rebuild(dir, List.of(SampleRecords.entity("zenda", "Zenda", "Zenda", "GPE")));
            assertThat(index.search(SearchQuery.of("Zenda")).total()).isEqualTo(1);

            SearchIndex.update(dir, List.of(SampleRecords.entity("zenda-castle", "Zenda Castle", "Zenda", "FAC")));
            assertThat(index.search(SearchQuery.of("Zenda")).total()).isEqualTo(2);

            SearchIndex.remove(dir, SearchKind.ENTITY, List.of("zenda"));
            assertThat(index.search(SearchQuery.of("Zenda")).total()).isEqualTo(1);
        }
    }

    @Test
    void writeWhileAnotherProcessHoldsTheLockTooLongFailsWithOneLine() throws IOException {
        Path folder = dir.resolve("index");
        Files.createDirectories(folder);
        try (Directory directory = FSDirectory.open(folder);
                Lock held = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            assertThat(held).isNotNull();
            assertThatThrownBy(() -> RecordWriter.update(folder, SampleRecords.all(), Duration.ofMillis(300)))
                    .isInstanceOf(BilatException.class)
                    .hasMessage(folder + ": the search index is in use by another bilat process; retry when it ends");
        }
    }

    @Test
    void writeWaitsForAnotherWriterToReleaseTheLock() throws Exception {
        Path folder = dir.resolve("index");
        Files.createDirectories(folder);
        try (Directory directory = FSDirectory.open(folder)) {
            Lock held = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
            Thread releaser = new Thread(() -> {
                try {
                    Thread.sleep(800);
                    held.close();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            releaser.start();
            assertThat(SearchIndex.update(dir, SampleRecords.all()))
                    .isEqualTo(SampleRecords.all().size());
            releaser.join();
        }
    }

    @Test
    void failedRebuildKeepsTheOldIndex() {
        SearchIndex.rebuild(dir, SampleRecords.all());
        Iterable<SearchRecord> failing =
                () -> Stream.concat(SampleRecords.all().stream(), Stream.<SearchRecord>generate(() -> {
                            throw new BilatException("store: gone");
                        }))
                        .iterator();

        assertThatThrownBy(() -> SearchIndex.rebuild(dir, failing)).hasMessage("store: gone");

        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.search(SearchQuery.of("")).total()).isEqualTo(9);
        }
    }

    @Test
    void closedIndexRefusesToSearch() {
        SearchIndex index = SearchIndex.open(dir);
        index.close();

        assertThatThrownBy(() -> index.search(SearchQuery.of(""))).isInstanceOf(IllegalStateException.class);
    }
}
