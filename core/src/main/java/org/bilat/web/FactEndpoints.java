package org.bilat.web;

import io.javalin.http.Context;
import java.util.Map;
import org.bilat.model.EventType;
import org.bilat.store.AsOf;
import org.bilat.store.FigureFilter;
import org.bilat.store.Store;
import org.bilat.store.TimelineFilter;

/** {@code /api/events}, {@code /api/figures} and {@code /api/indicators}. */
final class FactEndpoints {
    private final Store store;

    FactEndpoints(Store store) {
        this.store = store;
    }

    void events(Context ctx) {
        EventType type = Params.choice(ctx, "type", EventType.class);
        Params.YearRange years = Params.years(ctx);
        TimelineFilter filter = new TimelineFilter(
                Params.entity(ctx, store, "entity"),
                type,
                years.from(),
                years.to(),
                Params.asOf(ctx),
                Params.flag(ctx, "rejected"));
        ctx.json(Map.of("events", EventView.of(store.timeline(filter), store.ingestTimes())));
    }

    void figures(Context ctx) {
        FigureFilter filter = new FigureFilter(
                Params.text(ctx, "measure"),
                Params.entity(ctx, store, "entity"),
                Params.asOf(ctx),
                Params.flag(ctx, "rejected"));
        ctx.json(Map.of("figures", FigureView.of(store.figures(filter), store.ingestTimes())));
    }

    void indicators(Context ctx) {
        AsOf asOf = Params.asOf(ctx);
        boolean rejected = Params.flag(ctx, "rejected");
        ctx.json(Indicators.of(
                store.timeline(new TimelineFilter(null, null, null, null, asOf, rejected)),
                store.figures(new FigureFilter(null, null, asOf, rejected))));
    }
}
