package org.bilat.store;

import java.util.List;
import java.util.Objects;
import org.bilat.model.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * One document's account of a happening.
 *
 * @param date ISO 8601 date as that document gives it, or null
 * @param evidence every passage of that document that tells it, first one first
 * @param linkReason why this account was linked to a happening another document reported first, or null when it
 *     started the happening
 * @param review the analysts' verdict on this account: unreviewed, accepted, edited or rejected
 * @param key the fact key judgements name it by
 * @param version how many judgements it has, which a write names to be refused when it is stale
 */
public record EventReport(
        String documentId,
        String source,
        @Nullable String date,
        String summary,
        List<Evidence> evidence,
        @Nullable String linkReason,
        String review,
        String key,
        int version) {
    public EventReport {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(summary, "summary");
        evidence = List.copyOf(evidence);
    }

    /** An account not yet reviewed. */
    public EventReport(
            String documentId,
            String source,
            @Nullable String date,
            String summary,
            List<Evidence> evidence,
            @Nullable String linkReason) {
        this(documentId, source, date, summary, evidence, linkReason, "unreviewed", "", 0);
    }
}
