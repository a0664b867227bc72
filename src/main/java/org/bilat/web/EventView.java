package org.bilat.web;

import java.util.List;
import org.bilat.model.EventType;
import org.bilat.store.EntityRef;
import org.bilat.store.EventReport;
import org.bilat.store.HappeningRow;
import org.jspecify.annotations.Nullable;

/** A happening as the API gives it: what, when, who, where, and every document's account with its quotes. */
record EventView(
        String id,
        EventType type,
        @Nullable String date,
        List<EntityRef> participants,
        @Nullable EntityRef location,
        String summary,
        List<String> sources,
        int corroboration,
        List<EventReport> reports) {
    static EventView of(HappeningRow row) {
        return new EventView(
                row.id(),
                row.type(),
                row.date(),
                row.participants(),
                row.location(),
                row.summary(),
                row.sources(),
                row.corroboration(),
                row.reports());
    }

    static List<EventView> of(List<HappeningRow> rows) {
        return rows.stream().map(EventView::of).toList();
    }
}
