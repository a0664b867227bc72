package org.bilat.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Writes records to the index folder in one commit: all of them become visible at once, or none when writing fails.
 *
 * <p>Writers in this process take turns; a writer in another process holds Lucene's write lock, which a write here
 * waits for, up to half a minute, before it fails with a message saying so.
 */
final class RecordWriter {
    private static final Object TURN = new Object();
    /** How long a write waits for another process's writer to finish before it gives up with one line. */
    private static final Duration LOCK_PATIENCE = Duration.ofSeconds(30);

    private static final Duration LOCK_POLL = Duration.ofMillis(200);

    /** Work on an open writer, before its commit. */
    @FunctionalInterface
    private interface Work {
        int run(IndexWriter writer) throws IOException;
    }

    private RecordWriter() {}

    static int rebuild(Path folder, Iterable<SearchRecord> records) {
        return write(folder, OpenMode.CREATE, LOCK_PATIENCE, writer -> {
            int count = 0;
            for (SearchRecord record : records) {
                writer.addDocument(RecordDocument.of(record));
                count++;
            }
            return count;
        });
    }

    static int update(Path folder, Iterable<SearchRecord> records) {
        return update(folder, records, LOCK_PATIENCE);
    }

    static int update(Path folder, Iterable<SearchRecord> records, Duration patience) {
        return write(folder, OpenMode.CREATE_OR_APPEND, patience, writer -> {
            int count = 0;
            for (SearchRecord record : records) {
                writer.updateDocument(RecordDocument.key(record.kind(), record.id()), RecordDocument.of(record));
                count++;
            }
            return count;
        });
    }

    static void remove(Path folder, SearchKind kind, Iterable<String> ids) {
        write(folder, OpenMode.CREATE_OR_APPEND, LOCK_PATIENCE, writer -> {
            List<Term> keys = new ArrayList<>();
            ids.forEach(id -> keys.add(RecordDocument.key(kind, id)));
            writer.deleteDocuments(keys.toArray(Term[]::new));
            return keys.size();
        });
    }

    private static int write(Path folder, OpenMode mode, Duration patience, Work work) {
        synchronized (TURN) {
            long deadline = System.nanoTime() + patience.toNanos();
            while (true) {
                try {
                    return writeOnce(folder, mode, work);
                } catch (LockObtainFailedException e) {
                    if (System.nanoTime() > deadline) {
                        throw IndexFailures.writing(folder, e);
                    }
                    pause(folder, e);
                } catch (IOException e) {
                    throw IndexFailures.writing(folder, e);
                }
            }
        }
    }

    private static int writeOnce(Path folder, OpenMode mode, Work work) throws IOException {
        Files.createDirectories(folder);
        try (Directory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, config(mode))) {
            int count = work.run(writer);
            writer.commit();
            return count;
        }
    }

    private static void pause(Path folder, LockObtainFailedException cause) {
        try {
            Thread.sleep(LOCK_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw IndexFailures.writing(folder, cause);
        }
    }

    private static IndexWriterConfig config(OpenMode mode) {
        // closing without a commit then drops what was written, so a failed rebuild leaves the old index
        return new IndexWriterConfig(FoldingAnalyzer.STEMMED).setOpenMode(mode).setCommitOnClose(false);
    }
}
