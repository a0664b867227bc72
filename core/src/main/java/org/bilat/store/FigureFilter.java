package org.bilat.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which figures to list; a null part does not filter.
 *
 * @param measure words that must all be words of the figure's measure, ignoring case
 * @param entity the id, name or an alias of an entity among the figure's subjects
 * @param asOf the cut through time: only the figures of documents inside it
 * @param showRejected whether figures an analyst rejected are shown too (marked rejected)
 */
public record FigureFilter(
        @Nullable String measure, @Nullable String entity, AsOf asOf, boolean showRejected) {
    public FigureFilter {
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The filter with no cut through time. */
    public FigureFilter(@Nullable String measure, @Nullable String entity) {
        this(measure, entity, AsOf.now());
    }

    /** The filter that leaves out rejected figures. */
    public FigureFilter(@Nullable String measure, @Nullable String entity, AsOf asOf) {
        this(measure, entity, asOf, false);
    }

    /** This filter, showing rejected figures too when {@code show}. */
    public FigureFilter showingRejected(boolean show) {
        return new FigureFilter(measure, entity, asOf, show);
    }

    /** Every figure. */
    public static FigureFilter all() {
        return new FigureFilter(null, null);
    }

    /** This filter cut at {@code cut}. */
    public FigureFilter asOf(AsOf cut) {
        return new FigureFilter(measure, entity, cut, showRejected);
    }
}
