package org.bilat.store;

import org.jspecify.annotations.Nullable;

/**
 * Which figures to list; a null part does not filter.
 *
 * @param measure words that must all be words of the figure's measure, ignoring case
 * @param entity the id, name or an alias of an entity among the figure's subjects
 */
public record FigureFilter(
        @Nullable String measure, @Nullable String entity) {
    /** Every figure. */
    public static FigureFilter all() {
        return new FigureFilter(null, null);
    }
}
