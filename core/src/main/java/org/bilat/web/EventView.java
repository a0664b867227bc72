package org.bilat.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.bilat.model.EventType;
import org.bilat.store.EntityRef;
import org.bilat.store.EventReport;
import org.bilat.store.HappeningRow;
import org.bilat.store.IngestTimes;
import org.jspecify.annotations.Nullable;

/**
 * A happening as the API gives it: what, when, who, where, and every document's account with its quotes. A happening
 * no account places has no {@code location} field: the document describes a place, never a null one.
 *
 * @param firstIngested when the first document that reports it entered the store (ISO instant)
 * @param review the analysts' verdict: unreviewed, accepted, edited or rejected (each report has its own)
 */
record EventView(
        String id,
        EventType type,
        @Nullable String date,
        List<EntityRef> participants,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable EntityRef location,
        String summary,
        List<String> sources,
        int corroboration,
        List<EventReport> reports,
        @Nullable String firstIngested,
        String review) {
    static EventView of(HappeningRow row, IngestTimes times) {
        return new EventView(
                row.id(),
                row.type(),
                row.date(),
                row.participants(),
                row.location(),
                row.summary(),
                row.sources(),
                row.corroboration(),
                row.reports(),
                FirstIngested.of(row.reports().stream().map(EventReport::documentId), times),
                row.review());
    }

    static List<EventView> of(List<HappeningRow> rows, IngestTimes times) {
        return rows.stream().map(row -> of(row, times)).toList();
    }
}
