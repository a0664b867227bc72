package org.bilat.web;

import java.util.List;
import org.bilat.model.Evidence;
import org.bilat.store.EntityRef;
import org.bilat.store.FigureRow;
import org.jspecify.annotations.Nullable;

/** A figure as the API gives it, with its value also written out for people. */
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
        Evidence evidence) {
    static FigureView of(FigureRow row) {
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
                row.evidence());
    }

    static List<FigureView> of(List<FigureRow> rows) {
        return rows.stream().map(FigureView::of).toList();
    }
}
