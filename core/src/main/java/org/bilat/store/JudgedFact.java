package org.bilat.store;

import org.jspecify.annotations.Nullable;

/**
 * A stored fact as judgements see it: where it is, the words of its first passage and its review status.
 *
 * @param status accepted, edited or rejected, or null while unreviewed
 */
record JudgedFact(
        FactKind kind,
        String key,
        String documentId,
        int seq,
        String source,
        String quote,
        @Nullable String status) {}
