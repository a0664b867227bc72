package org.bilat.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.bilat.model.EntityType;
import org.bilat.store.AsOf;
import org.bilat.store.DocumentRow;
import org.bilat.store.EntityDetail;
import org.bilat.store.EntityRow;
import org.bilat.store.FigureFilter;
import org.bilat.store.MentionQuote;
import org.bilat.store.Store;
import org.bilat.store.TimelineFilter;

/** {@code /api/entities}: the list, and one entity's page with its mentions, events, relations and figures. */
final class EntityEndpoints {
    static final int MENTION_LIMIT = 500;
    /** At most this many documents, events, relations and figures on one page: a hub entity has thousands. */
    static final int FACT_LIMIT = 300;

    private final Store store;

    EntityEndpoints(Store store) {
        this.store = store;
    }

    void list(Context ctx) {
        EntityType type = Params.choice(ctx, "type", EntityType.class);
        int limit = Params.integer(ctx, "limit", 50, 1, 1000);
        ctx.json(Map.of("entities", store.entities(type, Params.text(ctx, "q"), limit)));
    }

    void one(Context ctx) {
        String id = ctx.pathParam("id");
        EntityDetail detail = store.entity(id, MENTION_LIMIT).orElseThrow(() -> new NotFound(id + ": no such entity"));
        EntityRow entity = detail.entity();
        boolean rejected = Params.flag(ctx, "rejected");
        AsOf asOf = Params.asOf(ctx);
        Predicate<String> inside = store.inside(asOf);
        TimelineFilter events = new TimelineFilter(entity.id(), null, null, null)
                .showingRejected(rejected)
                .asOf(asOf);
        FigureFilter figures = new FigureFilter(null, entity.id(), asOf).showingRejected(rejected);
        ctx.json(new EntityPage(
                entity,
                first(detail.documents().stream()
                        .filter(d -> inside.test(d.id()))
                        .toList()),
                detail.mentions().stream()
                        .filter(m -> inside.test(m.documentId()))
                        .toList(),
                EventView.of(first(store.timeline(events)), store.ingestTimes()),
                RelationView.of(first(store.relations(entity.id(), rejected, asOf))),
                FigureView.of(first(store.figures(figures)), store.ingestTimes())));
    }

    private static <T> List<T> first(List<T> items) {
        return items.size() <= FACT_LIMIT ? items : items.subList(0, FACT_LIMIT);
    }

    /**
     * Everything the store knows of one entity; mentions are capped at {@value #MENTION_LIMIT}, the other lists at
     * {@value #FACT_LIMIT} (events the earliest first).
     */
    record EntityPage(
            EntityRow entity,
            List<DocumentRow> documents,
            List<MentionQuote> mentions,
            List<EventView> events,
            List<RelationView> relations,
            List<FigureView> figures) {}
}
