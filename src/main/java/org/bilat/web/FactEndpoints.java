package org.bilat.web;

import io.javalin.http.Context;
import java.util.Map;
import org.bilat.model.EventType;
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
        TimelineFilter filter = new TimelineFilter(Params.entity(ctx, store, "entity"), type, years.from(), years.to());
        ctx.json(Map.of("events", EventView.of(store.timeline(filter))));
    }

    void figures(Context ctx) {
        FigureFilter filter = new FigureFilter(Params.text(ctx, "measure"), Params.entity(ctx, store, "entity"));
        ctx.json(Map.of("figures", FigureView.of(store.figures(filter))));
    }

    void indicators(Context ctx) {
        ctx.json(Indicators.of(store.timeline(TimelineFilter.all()), store.figures(FigureFilter.all())));
    }
}
