package org.bilat.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.bilat.model.BilatException;
import org.bilat.model.EntityType;
import org.bilat.store.AsOf;
import org.bilat.store.DocumentRow;
import org.bilat.store.EntityDetail;
import org.bilat.store.EntityRow;
import org.bilat.store.FigureFilter;
import org.bilat.store.FigureRow;
import org.bilat.store.FirstOf;
import org.bilat.store.HappeningPage;
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
    /** Passages listed per relation on an entity page; {@code /api/relations} gives them all. */
    static final int PASSAGE_LIMIT = 3;
    /** Happenings on one page of an entity's events; {@code after} asks for the next. */
    static final int EVENT_PAGE = 100;

    private final Store store;
    private final ObjectMapper json = WebServer.json();

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
        AsOf asOf = Params.asOf(ctx);
        boolean rejected = Params.flag(ctx, "rejected");
        String after = Params.text(ctx, "after");
        if (asOf.cuts()) {
            ctx.json(page(id, asOf, rejected, after));
            return;
        }
        // a hub entity's page is the costliest answer and the most asked: its JSON is kept until the store changes
        byte[] page = store.kept(
                Arrays.asList("entity page", id, rejected, after), () -> bytes(page(id, asOf, rejected, after)));
        ctx.contentType(ContentType.APPLICATION_JSON).result(page);
    }

    private byte[] bytes(EntityPage page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EntityPage page(String id, AsOf asOf, boolean rejected, @Nullable String after) {
        EntityDetail detail = store.entity(id, MENTION_LIMIT, FACT_LIMIT, asOf)
                .orElseThrow(() -> new NotFound(id + ": no such entity"));
        EntityRow entity = detail.entity();
        TimelineFilter filter = new TimelineFilter(entity.id(), null, null, null)
                .showingRejected(rejected)
                .asOf(asOf);
        HappeningPage events = store.timeline(filter, after, EVENT_PAGE);
        FirstOf<RelationRow> relations = store.relations(entity.id(), rejected, asOf, FACT_LIMIT, PASSAGE_LIMIT);
        FirstOf<FigureRow> figures =
                store.figures(new FigureFilter(null, entity.id(), asOf).showingRejected(rejected), FACT_LIMIT);
        Set<String> documentIds = new HashSet<>();
        events.happenings().forEach(h -> h.reports().forEach(r -> documentIds.add(r.documentId())));
        figures.items().forEach(f -> documentIds.add(f.documentId()));
        IngestTimes times = store.ingestTimes(documentIds);
        Sources sources = Sources.of(store, detail, asOf);
        return new EntityPage(
                entity,
                sources.documents(),
                sources.mentions(),
                EventView.of(events.happenings(), times),
                RelationView.of(relations.items()),
                FigureView.of(figures.items(), times),
                new Totals(sources.total(), events.total(), relations.total(), figures.total()),
                events.next());
    }

    /** {@code /api/relations}: every relation between entities {@code a} and {@code b}, each with all its passages. */
    void between(Context ctx) {
        String a = required(Params.entity(ctx, store, "a"), "a");
        String b = required(Params.entity(ctx, store, "b"), "b");
        List<RelationRow> rows = store.relationsBetween(a, b, Params.flag(ctx, "rejected"), Params.asOf(ctx));
        ctx.json(Map.of("relations", RelationView.of(rows)));
    }

    private static String required(@Nullable String entityId, String name) {
        if (entityId == null) {
            throw new BilatException(name + ": required, an entity's id, name or alias");
        }
        return entityId;
    }

    /** The entity's first documents and their mentions, only those inside the cut when one is asked. */
    private record Sources(List<DocumentRow> documents, List<MentionQuote> mentions, int total) {
        static Sources of(Store store, EntityDetail detail, AsOf asOf) {
            if (!asOf.cuts()) {
                return new Sources(
                        detail.documents(), detail.mentions(), detail.entity().documents());
            }
            Predicate<String> inside = store.inside(asOf);
            List<DocumentRow> documents =
                    detail.documents().stream().filter(d -> inside.test(d.id())).toList();
            List<MentionQuote> mentions = detail.mentions().stream()
                    .filter(m -> inside.test(m.documentId()))
                    .toList();
            return new Sources(documents, mentions, documents.size());
        }
    }

    /**
     * Everything the store knows of one entity; mentions are capped at {@value #MENTION_LIMIT} (from the first
     * documents), documents, relations and figures at {@value #FACT_LIMIT} (the totals say how many there are), the
     * passages of each relation at {@value #PASSAGE_LIMIT} (its {@code totalPassages} says how many), events
     * come {@value #EVENT_PAGE} a page, the earliest first, {@code nextEvents} the cursor of the page after (null on the
     * last), with the rejected toggle and the cut as well.
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
