package org.bilat.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes records to the index folder in one commit: all of them become visible at once, or none when writing fails.
 *
 * <p>Writers in this process take turns; a writer in another process holds Lucene's write lock, which makes a write
 * here fail at once with a message saying so.
 */
final class RecordWriter {
    private static final Object TURN = new Object();

    /** Work on an open writer, before its commit. */
    @FunctionalInterface
    private interface Work {
        int run(IndexWriter writer) throws IOException;
    }

    private RecordWriter() {}

    static int rebuild(Path folder, Iterable<SearchRecord> records) {
        return write(folder, OpenMode.CREATE, writer -> {
            int count = 0;
            for (SearchRecord record : records) {
                writer.addDocument(RecordDocument.of(record));
                count++;
            }
            return count;
        });
    }

    static int update(Path folder, Iterable<SearchRecord> records) {
        return write(folder, OpenMode.CREATE_OR_APPEND, writer -> {
            int count = 0;
            for (SearchRecord record : records) {
                writer.updateDocument(RecordDocument.key(record.kind(), record.id()), RecordDocument.of(record));
                count++;
            }
            return count;
        });
    }

    static void remove(Path folder, SearchKind kind, Iterable<String> ids) {
        write(folder, OpenMode.CREATE_OR_APPEND, writer -> {
            List<Term> keys = new ArrayList<>();
            ids.forEach(id -> keys.add(RecordDocument.key(kind, id)));
            writer.deleteDocuments(keys.toArray(Term[]::new));
            return keys.size();
        });
    }

    private static int write(Path folder, OpenMode mode, Work work) {
        synchronized (TURN) {
            try {
                Files.createDirectories(folder);
                try (Directory directory = FSDirectory.open(folder);
                        IndexWriter writer = new IndexWriter(directory, config(mode))) {
                    int count = work.run(writer);
                    writer.commit();
                    return count;
                }
            } catch (IOException e) {
                throw IndexFailures.writing(folder, e);
            }
        }
    }

    private static IndexWriterConfig config(OpenMode mode) {
        // closing without a commit then drops what was written, so a failed rebuild leaves the old index
        return new IndexWriterConfig(FoldingAnalyzer.STEMMED).setOpenMode(mode).setCommitOnClose(false);
    }
}
