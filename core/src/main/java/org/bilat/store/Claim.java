package org.bilat.store;

import java.util.Objects;

/**
 * One side of a conflict.
 *
 * @param value what this side says: a date ("2014") or an amount ("200 KM (up to)")
 */
public record Claim(String value, Passage passage) {
    public Claim {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(passage, "passage");
    }
}
