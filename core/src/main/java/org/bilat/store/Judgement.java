package org.bilat.store;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One analyst's judgement on one fact, as stored and as exported.
 *
 * @param key the fact's key (see {@link FactKind#ofKey}), which outlives a re-run of extraction
 * @param source the file name of the fact's document when it was judged
 * @param quote the fact's first passage, by which it is found again when its document changed
 * @param madeAt ISO 8601 instant
 * @param before the fields the judgement changed, as they were (for ACCEPT and REJECT the review status)
 * @param after the same fields as the judgement left them
 * @param reverts the id of the judgement a REVERT undoes, else null
 */
public record Judgement(
        String id,
        String key,
        String source,
        String quote,
        JudgementAction action,
        String author,
        String madeAt,
        @Nullable String reason,
        Map<String, String> before,
        Map<String, String> after,
        @Nullable String reverts) {
    public Judgement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(madeAt, "madeAt");
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    /** The kind of fact it judges. */
    public FactKind kind() {
        return FactKind.ofKey(key);
    }
}
