package org.bilat.store;

import org.jspecify.annotations.Nullable;

/** Where a document's entity went: the canonical entity's id, and why it was merged (null when it created it). */
record Link(String entityId, @Nullable String reason) {
    boolean created() {
        return reason == null;
    }
}
