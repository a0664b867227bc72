package org.bilat.store;

import java.util.List;
import java.util.Objects;

/**
 * Analysts who judged one fact differently: the last standing judgement of each, none overwritten.
 *
 * @param quote the words of the fact's first passage
 */
public record JudgementConflict(String key, String quote, List<Judgement> sides) {
    public JudgementConflict {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(quote, "quote");
        sides = List.copyOf(sides);
    }
}
