package org.bilat.store;

import java.util.Objects;

/**
 * A fact waiting for review.
 *
 * @param line the fact in one line: "2024-07 · MEET · summit", "300 KM (up to) · range · 2023", "ROLE · A → B"
 * @param why why it comes this early in the queue: "conflict", "about NAME", "single source", or "" for the rest
 * @param version how many judgements the fact has (reverted ones leave it unreviewed), the version a judgement names
 */
public record ReviewItem(String key, FactKind kind, String line, String source, String quote, String why, int version) {
    public ReviewItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(why, "why");
    }
}
