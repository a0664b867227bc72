package org.bilat.store;

import java.util.Objects;

/**
 * One side of a conflict.
 *
 * @param value what this side says: a date ("2014") or an amount ("200 KM (up to)")
 * @param review the analysts' verdict on the fact behind it: unreviewed, accepted, edited or rejected (levels are
 *     not reviewed: always unreviewed)
 */
public record Claim(String value, Passage passage, String review) {
    public Claim {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(review, "review");
    }

    /** A side whose fact is not yet reviewed. */
    public Claim(String value, Passage passage) {
        this(value, passage, "unreviewed");
    }
}
