package org.bilat.web;

import java.util.List;
import java.util.stream.Stream;
import org.bilat.model.Evidence;
import org.bilat.store.EntityRef;
import org.bilat.store.FigureRow;
import org.bilat.store.IngestTimes;
import org.jspecify.annotations.Nullable;

/**
 * A figure as the API gives it, with its value also written out for people.
 *
 * @param ingested when its document entered the store (ISO instant)
 * @param key its fact key, which judgements name
 */
record FigureView(
        String documentId,
        String source,
        double value,
        String valueText,
        String unit,
        String measure,
        @Nullable String qualifier,
        List<EntityRef> subjects,
        @Nullable String date,
        Evidence evidence,
        @Nullable String ingested,
        String review,
        String key,
        int version) {
    static FigureView of(FigureRow row, IngestTimes times) {
        return new FigureView(
                row.documentId(),
                row.source(),
                row.value(),
                row.valueText(),
                row.unit(),
                row.measure(),
                row.qualifier(),
                row.subjects(),
                row.date(),
                row.evidence(),
                FirstIngested.of(Stream.of(row.documentId()), times),
                row.review(),
                row.key(),
                row.version());
    }

    static List<FigureView> of(List<FigureRow> rows, IngestTimes times) {
        return rows.stream().map(row -> of(row, times)).toList();
    }
}
