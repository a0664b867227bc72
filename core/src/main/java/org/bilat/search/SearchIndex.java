package org.bilat.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The search index of a data folder (its {@code index} folder): written in whole commits by {@link #rebuild} and
 * {@link #update}, searched through one open instance shared by all threads.
 *
 * <p>Searching sees every commit made before it, by this process or another, for the price of one file status when
 * nothing changed. A write fails with a {@link org.bilat.model.BilatException} while another process writes.
 */
public final class SearchIndex implements AutoCloseable {
    static final String FOLDER = "index";

    private final Object lock = new Object();
    private final Path folder;
    private final CommitWatch watch;
    private @Nullable Directory directory;
    private volatile @Nullable SnapshotRefresher refresher;
    private boolean closed;

    private SearchIndex(Path folder) {
        this.folder = folder;
        this.watch = new CommitWatch(folder);
    }

    /** Opens the index in dataDir/index for searching; an absent or empty index answers no hits (no error). */
    public static SearchIndex open(Path dataDir) {
        return new SearchIndex(folder(dataDir));
    }

    /** The page of hits, the total and the facet counts for the query, as of the newest commit. */
    public SearchResults search(SearchQuery query) {
        return search(query, null);
    }

    /**
     * {@link #search(SearchQuery)} over the records that come from at least one of the files named in {@code within}
     * (document file names), hits, total and facets alike; null keeps every record.
     */
    public SearchResults search(SearchQuery query, @Nullable Set<String> within) {
        return search(query, within, Set.of());
    }

    /**
     * {@link #search(SearchQuery, Set)} without the events whose ids are in {@code leftOutEvents} (such as those an
     * analyst rejected), hits, total and facets alike.
     */
    public SearchResults search(SearchQuery query, @Nullable Set<String> within, Set<String> leftOutEvents) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(leftOutEvents, "leftOutEvents");
        try {
            SnapshotRefresher live = refresher();
            if (live == null) {
                return PageSearch.none(query);
            }
            if (watch.mayHaveChanged()) {
                live.refreshIfBehind();
            }
            ReaderSnapshot snapshot = live.acquire();
            try {
                return PageSearch.run(snapshot, query, within, leftOutEvents);
            } finally {
                live.release(snapshot);
            }
        } catch (IOException e) {
            throw IndexFailures.reading(folder, e);
        }
    }

    /**
     * Replaces the whole index with these records in one commit: a search sees the old records or the new ones,
     * never some of each, and the old ones when writing fails.
     *
     * @return how many records were written
     */
    public static int rebuild(Path dataDir, Iterable<SearchRecord> records) {
        return RecordWriter.rebuild(folder(dataDir), records);
    }

    /**
     * Adds these records, each replacing the one of the same kind and id, in one commit.
     *
     * @return how many records were written
     */
    public static int update(Path dataDir, Iterable<SearchRecord> records) {
        return RecordWriter.update(folder(dataDir), records);
    }

    /** The ids of the records of this kind the newest commit holds; none when there is no index yet. */
    public static Set<String> ids(Path dataDir, SearchKind kind) {
        Path folder = folder(dataDir);
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Directory directory = FSDirectory.open(folder)) {
            return DirectoryReader.indexExists(directory) ? RecordIds.of(directory, kind) : Set.of();
        } catch (IOException e) {
            throw IndexFailures.reading(folder, e);
        }
    }

    /** Removes the records of this kind with these ids, in one commit; unknown ids are ignored. */
    public static void remove(Path dataDir, SearchKind kind, Iterable<String> ids) {
        Objects.requireNonNull(kind, "kind");
        RecordWriter.remove(folder(dataDir), kind, ids);
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            try {
                SnapshotRefresher live = refresher;
                if (live != null) {
                    live.close();
                }
                if (directory != null) {
                    directory.close();
                }
            } catch (IOException e) {
                throw IndexFailures.reading(folder, e);
            }
        }
    }

    /** The refresher, opened on first use once a commit exists; null until then. */
    private @Nullable SnapshotRefresher refresher() throws IOException {
        SnapshotRefresher live = refresher;
        return live != null ? live : openRefresher();
    }

    private @Nullable SnapshotRefresher openRefresher() throws IOException {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("search index closed");
            }
            if (refresher == null && Files.isDirectory(folder)) {
                Directory opened = directory == null ? FSDirectory.open(folder) : directory;
                directory = opened;
                if (DirectoryReader.indexExists(opened)) {
                    refresher = new SnapshotRefresher(opened);
                }
            }
            return refresher;
        }
    }

    private static Path folder(Path dataDir) {
        return Objects.requireNonNull(dataDir, "dataDir").resolve(FOLDER);
    }
}
