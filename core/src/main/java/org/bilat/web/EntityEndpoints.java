package org.bilat.web;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.bilat.model.EntityType;
import org.bilat.store.AsOf;
import org.bilat.store.DocumentRow;
import org.bilat.store.EntityDetail;
import org.bilat.store.EntityRow;
import org.bilat.store.FigureFilter;
import org.bilat.store.FigureRow;
import org.bilat.store.HappeningPage;
import org.bilat.store.HappeningRow;
import org.bilat.store.IngestTimes;
import org.bilat.store.MentionQuote;
import org.bilat.store.RelationRow;
import org.bilat.store.Store;
import org.bilat.store.TimelineFilter;
import org.jspecify.annotations.Nullable;

/** {@code /api/entities}: the list, and one entity's page with its mentions, events, relations and figures. */
final class EntityEndpoints {
    static final int MENTION_LIMIT = 500;
    /** At most this many documents, events, relations and figures on one page: a hub entity has thousands. */
    static final int FACT_LIMIT = 300;
    /** Happenings on one page of an entity's events; {@code after} asks for the next. */
    static final int EVENT_PAGE = 100;

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
        String after = Params.text(ctx, "after");
        EntityDetail detail =
                store.entity(id, MENTION_LIMIT, FACT_LIMIT).orElseThrow(() -> new NotFound(id + ": no such entity"));
        EntityRow entity = detail.entity();
        boolean rejected = Params.flag(ctx, "rejected");
        AsOf asOf = Params.asOf(ctx);
        if (rejected || asOf.cuts()) {
            ctx.json(wholePage(entity, detail, rejected, asOf));
            return;
        }
        HappeningPage events = store.timeline(entity.id(), after, EVENT_PAGE);
        List<RelationRow> relations = store.relations(entity.id());
        List<FigureRow> figures = store.figures(new FigureFilter(null, entity.id()));
        List<FigureRow> firstFigures = first(figures);
        Set<String> documentIds = new HashSet<>();
        events.happenings().forEach(h -> h.reports().forEach(r -> documentIds.add(r.documentId())));
        firstFigures.forEach(f -> documentIds.add(f.documentId()));
        IngestTimes times = store.ingestTimes(documentIds);
        ctx.json(new EntityPage(
                entity,
                detail.documents(),
                detail.mentions(),
                EventView.of(events.happenings(), times),
                RelationView.of(first(relations)),
                FigureView.of(firstFigures, times),
                new Totals(entity.documents(), events.total(), relations.size(), figures.size()),
                events.next()));
    }

    /**
     * The page with rejected facts shown or cut as of a day: read whole and kept to the first of each list, as the
     * event pages' keyset reads visible facts of every document only.
     */
    private EntityPage wholePage(EntityRow entity, EntityDetail detail, boolean rejected, AsOf asOf) {
        Predicate<String> inside = store.inside(asOf);
        TimelineFilter filter = new TimelineFilter(entity.id(), null, null, null)
                .showingRejected(rejected)
                .asOf(asOf);
        List<HappeningRow> events = store.timeline(filter);
        List<RelationRow> relations = store.relations(entity.id(), rejected, asOf);
        List<FigureRow> figures = store.figures(new FigureFilter(null, entity.id(), asOf).showingRejected(rejected));
        List<DocumentRow> documents =
                detail.documents().stream().filter(d -> inside.test(d.id())).toList();
        return new EntityPage(
                entity,
                documents,
                detail.mentions().stream()
                        .filter(m -> inside.test(m.documentId()))
                        .toList(),
                EventView.of(first(events), store.ingestTimes()),
                RelationView.of(first(relations)),
                FigureView.of(first(figures), store.ingestTimes()),
                new Totals(documents.size(), events.size(), relations.size(), figures.size()),
                null);
    }

    private static <T> List<T> first(List<T> items) {
        return items.size() <= FACT_LIMIT ? items : items.subList(0, FACT_LIMIT);
    }

    /**
     * Everything the store knows of one entity; mentions are capped at {@value #MENTION_LIMIT} (from the first
     * documents), documents, relations and figures at {@value #FACT_LIMIT}, events come {@value #EVENT_PAGE} a page,
     * the earliest first, {@code nextEvents} the cursor of the page after (null on the last).
     */
    record EntityPage(
            EntityRow entity,
            List<DocumentRow> documents,
            List<MentionQuote> mentions,
            List<EventView> events,
            List<RelationView> relations,
            List<FigureView> figures,
            Totals totals,
            @Nullable String nextEvents) {}

    /** How many of each list the entity has in all, beyond what one page shows. */
    record Totals(int documents, int events, int relations, int figures) {}
}
