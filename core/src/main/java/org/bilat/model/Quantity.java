package org.bilat.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A figure a document gives: its value, unit, what it measures, what it is about and when it holds.
 *
 * @param value the plain number ("USD 2.77 billion" is 2770000000)
 * @param unit an ISO 4217 code for money, or PERCENT, KM, KG, HECTARE, M3, COUNT or TIMES
 * @param measure what is measured, in words ("trade deficit", "range")
 * @param qualifier how the text bounds the figure ("up to", "more than", "about"), or null
 * @param subjects entity ids of what the figure is about
 * @param date ISO 8601 time the figure holds for, or null
 */
public record Quantity(
        double value,
        String unit,
        String measure,
        @Nullable String qualifier,
        List<String> subjects,
        @Nullable String date,
        Evidence evidence) {
    public Quantity {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(evidence, "evidence");
        subjects = List.copyOf(subjects);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value " + value);
        }
    }
}
