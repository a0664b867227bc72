package org.bilat.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.bilat.model.Extraction;
import org.bilat.store.Store;

/**
 * Where a batch puts each extraction: the store, one JSON file per document, or a stream of JSON records.
 *
 * <p>{@link BatchRun} calls a target from one thread at a time, so targets need not be thread-safe.
 */
public interface BatchTarget {
    /** True when a document with this content is already there, so reading it again needs no extraction. */
    boolean contains(String contentHash);

    /** Writes one document's extraction; returns false when its content was already there and nothing changed. */
    boolean write(Extraction extraction);

    /** Called once when the batch has written every document. */
    default void finish() {}

    /** The knowledge base: one transaction per document, content already stored is skipped before extraction. */
    static BatchTarget of(Store store) {
        return new StoreTarget(store, null);
    }

    /** The knowledge base, and when the batch ends, the search index in {@code dataDir} updated with what it stored. */
    static BatchTarget indexed(Store store, Path dataDir) {
        return new StoreTarget(store, dataDir);
    }

    /** One pretty-printed record per document in {@code dir}, named after the source file: a.txt → a.txt.json. */
    static BatchTarget jsonFiles(Path dir) {
        return new JsonFilesTarget(dir);
    }

    /** One pretty-printed record per document on {@code out}, each flushed as soon as it is written. */
    static BatchTarget jsonStream(PrintWriter out) {
        return new JsonStreamTarget(out);
    }
}
