package org.bilat.store;

import java.util.Objects;
import org.bilat.model.EventType;
import org.jspecify.annotations.Nullable;

/**
 * Which happenings a timeline shows; a null part does not filter.
 *
 * @param entity the id, name or an alias of an entity that takes part in the happening or is its place
 * @param from the first year the happening's dates must reach; undated happenings are left out when from or to is set
 * @param to the last year
 * @param asOf the cut through time: only the accounts of documents inside it
 */
public record TimelineFilter(
        @Nullable String entity,
        @Nullable EventType type,
        @Nullable Integer from,
        @Nullable Integer to,
        AsOf asOf) {
    public TimelineFilter {
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("from " + from + " after to " + to);
        }
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The filter with no cut through time. */
    public TimelineFilter(
            @Nullable String entity, @Nullable EventType type, @Nullable Integer from, @Nullable Integer to) {
        this(entity, type, from, to, AsOf.now());
    }

    /** This filter cut at {@code cut}. */
    public TimelineFilter asOf(AsOf cut) {
        return new TimelineFilter(entity, type, from, to, cut);
    }

    /** Every happening. */
    public static TimelineFilter all() {
        return new TimelineFilter(null, null, null, null);
    }

    boolean byYears() {
        return from != null || to != null;
    }
}
