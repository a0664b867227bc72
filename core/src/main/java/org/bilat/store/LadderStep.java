package org.bilat.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a pair's partnership ladder as one document states it.
 *
 * @param a the state with the lower id
 * @param b the other state
 * @param label the level as written
 * @param rank its rung on the ladder (1 lowest)
 * @param date when it was declared, as the document gives it, or null
 * @param formal whether an official act or joint statement declared it
 */
public record LadderStep(
        EntityRef a,
        EntityRef b,
        String label,
        int rank,
        @Nullable String date,
        boolean formal,
        Passage passage) {
    public LadderStep {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(passage, "passage");
    }

    /** "belarus\tchina": the pair's key, lower id first. */
    public String pair() {
        return a.id() + "\t" + b.id();
    }
}
