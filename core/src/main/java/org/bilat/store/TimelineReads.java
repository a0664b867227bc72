package org.bilat.store;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;

/**
 * The store's reads of happenings: the timeline a filter passes, an entity's timeline a page at a time, and the
 * analysts' verdict on each happening.
 */
final class TimelineReads {
    private final StoreReads reads;
    private final Connection connection;
    private final EntityReads entities;
    private final HappeningQueries happenings;
    private final HappeningPages pages;

    TimelineReads(StoreReads reads, Connection connection, EntityReads entities, HappeningQueries happenings) {
        this.reads = reads;
        this.connection = connection;
        this.entities = entities;
        this.happenings = happenings;
        this.pages = new HappeningPages(connection, happenings);
    }

    /** See {@link Store#timeline(TimelineFilter)}. */
    List<HappeningRow> list(TimelineFilter filter) {
        return reads.asOf(filter.asOf(), () -> {
            DocumentCut cut = DocumentCut.read(connection, filter.asOf());
            return happenings.list(filter, entities.idOrAny(filter.entity()), cut);
        });
    }

    /** See {@link Store#timeline(TimelineFilter, String, int)}. */
    HappeningPage page(TimelineFilter filter, @Nullable String after, int limit) {
        String entity = filter.entity();
        if (entity == null) {
            throw new IllegalArgumentException("pages of events are an entity's");
        }
        if (limit < 1) {
            throw new BilatException("limit: must be at least 1, was " + limit);
        }
        return reads.asOf(
                filter.asOf(),
                () -> reads.kept(
                        Arrays.asList("timeline", filter, after, limit),
                        () -> pages.page(filter, entities.id(entity), after, limit)));
    }

    /** See {@link Store#happeningReviews}. */
    Map<String, String> reviews(AsOf asOf) {
        return reads.asOf(
                asOf,
                () -> reads.kept(
                        Arrays.asList("happeningReviews", asOf),
                        () -> HappeningReviews.of(connection, DocumentCut.read(connection, asOf))));
    }
}
