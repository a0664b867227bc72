package org.bilat.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import org.bilat.model.Extraction;
import org.bilat.store.SavedDocument;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * Saves each extraction to the store in its own transaction; with a data folder, puts the documents it stored into
 * that folder's search index when the batch ends.
 */
final class StoreTarget implements BatchTarget {
    private final Store store;
    private final @Nullable Path indexDir;

    StoreTarget(Store store, @Nullable Path indexDir) {
        this.store = Objects.requireNonNull(store, "store");
        this.indexDir = indexDir;
    }

    @Override
    public boolean contains(String contentHash) {
        return store.containsContent(contentHash);
    }

    @Override
    public boolean write(Extraction extraction) {
        SavedDocument saved = store.save(extraction);
        if (saved.unchanged()) {
            return false;
        }
        return true;
    }

    /** Indexes what this batch stored and whatever earlier runs stored but did not index. */
    @Override
    public void finish() {
        if (indexDir != null) {
            SearchIndexing.catchUp(store, indexDir);
        }
    }
}
