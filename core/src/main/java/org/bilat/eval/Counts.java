package org.bilat.eval;

/** How many records of one section the gold and the prediction hold. */
public record Counts(int gold, int pred) {
    public Counts {
        if (gold < 0 || pred < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}
