package org.bilat.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The label two states give their relationship, as one document tells it ("comprehensive strategic partnership",
 * "iron brothers"), with its rung on the partnership ladder.
 *
 * @param states the two state entity ids, in the order the text names them
 * @param label the level as written, without articles or the states' names
 * @param rank its rung on the ladder (1 lowest); see extract/ladder.tsv
 * @param date when it was declared, ISO 8601 at the precision the text gives, or null
 * @param formal whether it was declared in an official act or joint statement (false for speech and commentary)
 */
public record Level(
        List<String> states,
        String label,
        int rank,
        @Nullable String date,
        boolean formal,
        Evidence evidence) {
    public Level {
        states = List.copyOf(states);
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(evidence, "evidence");
        if (states.size() != 2 || states.get(0).equals(states.get(1))) {
            throw new IllegalArgumentException("a level needs two different states: " + states);
        }
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be positive: " + rank);
        }
    }
}
