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
 * @param key the account's fact key, which judgements name (see {@link FactKind#ofKey}), or null before it has one
 */
public record EventReport(
        String documentId,
        String source,
        @Nullable String date,
        String summary,
        List<Evidence> evidence,
        @Nullable String linkReason,
        String review,
        @Nullable String key) {
    public EventReport {
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
        this(documentId, source, date, summary, evidence, linkReason, "unreviewed", null);
    }
}
