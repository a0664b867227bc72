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
 * @param showRejected whether accounts an analyst rejected are shown too (marked rejected)
 */
public record TimelineFilter(
        @Nullable String entity,
        @Nullable EventType type,
        @Nullable Integer from,
        @Nullable Integer to,
        AsOf asOf,
        boolean showRejected) {
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

    /** The filter that leaves out rejected accounts. */
    public TimelineFilter(
            @Nullable String entity,
            @Nullable EventType type,
            @Nullable Integer from,
            @Nullable Integer to,
            AsOf asOf) {
        this(entity, type, from, to, asOf, false);
    }

    /** This filter, showing rejected accounts too when {@code show}. */
    public TimelineFilter showingRejected(boolean show) {
        return new TimelineFilter(entity, type, from, to, asOf, show);
    }

    /** This filter cut at {@code cut}. */
    public TimelineFilter asOf(AsOf cut) {
        return new TimelineFilter(entity, type, from, to, cut, showRejected);
    }

    /** Every happening. */
    public static TimelineFilter all() {
        return new TimelineFilter(null, null, null, null);
    }

    boolean byYears() {
        return from != null || to != null;
    }
}
