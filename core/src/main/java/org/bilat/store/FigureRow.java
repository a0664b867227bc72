package org.bilat.store;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bilat.model.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * One figure a document gives.
 *
 * @param unit an ISO 4217 code or PERCENT, KM, KG, HECTARE, M3, COUNT or TIMES
 * @param qualifier how the text bounds it ("up to", "more than"), or null
 * @param date ISO 8601 time it holds for, or null
 * @param review the analysts' verdict on it: unreviewed, accepted, edited or rejected
 * @param key the fact key judgements name it by
 * @param version how many judgements it has, which a write names to be refused when it is stale
 */
public record FigureRow(
        String documentId,
        String source,
        double value,
        String unit,
        String measure,
        @Nullable String qualifier,
        List<EntityRef> subjects,
        @Nullable String date,
        Evidence evidence,
        String review,
        String key,
        int version) {
    public FigureRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(evidence, "evidence");
        subjects = List.copyOf(subjects);
    }

    /** A figure not yet reviewed. */
    public FigureRow(
            String documentId,
            String source,
            double value,
            String unit,
            String measure,
            @Nullable String qualifier,
            List<EntityRef> subjects,
            @Nullable String date,
            Evidence evidence) {
        this(documentId, source, value, unit, measure, qualifier, subjects, date, evidence, "unreviewed", "", 0);
    }

    /** The same figure with these subjects. */
    FigureRow withSubjects(List<EntityRef> others) {
        return new FigureRow(
                documentId, source, value, unit, measure, qualifier, others, date, evidence, review, key, version);
    }

    /** The value as plain digits with thousands separators and at most three decimals: 2770000000 is "2,770,000,000". */
    public String valueText() {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    /** The value with its unit and qualifier: "200 KM (up to)". */
    public String amount() {
        return valueText() + " " + unit + (qualifier == null ? "" : " (" + qualifier + ")");
    }
}
