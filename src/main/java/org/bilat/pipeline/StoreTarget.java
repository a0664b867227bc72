package org.bilat.pipeline;

import java.util.Objects;
import org.bilat.model.Extraction;
import org.bilat.store.Store;

/** Saves each extraction to the store in its own transaction. */
final class StoreTarget implements BatchTarget {
    private final Store store;

    StoreTarget(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public boolean contains(String contentHash) {
        return store.containsContent(contentHash);
    }

    @Override
    public boolean write(Extraction extraction) {
        return !store.save(extraction).unchanged();
    }
}
