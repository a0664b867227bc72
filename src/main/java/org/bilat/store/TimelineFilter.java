package org.bilat.store;

import org.bilat.model.EventType;
import org.jspecify.annotations.Nullable;

/**
 * Which happenings a timeline shows; a null part does not filter.
 *
 * @param entity the id, name or an alias of an entity that takes part in the happening or is its place
 * @param from the first year the happening's dates must reach; undated happenings are left out when from or to is set
 * @param to the last year
 */
public record TimelineFilter(
        @Nullable String entity,
        @Nullable EventType type,
        @Nullable Integer from,
        @Nullable Integer to) {
    public TimelineFilter {
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("from " + from + " after to " + to);
        }
    }

    /** Every happening. */
    public static TimelineFilter all() {
        return new TimelineFilter(null, null, null, null);
    }

    boolean byYears() {
        return from != null || to != null;
    }
}
