package org.bilat.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.bilat.store.DateSpan;
import org.bilat.store.FigureRow;
import org.bilat.store.HappeningRow;
import org.jspecify.annotations.Nullable;

/**
 * The relationship over time: how many happenings of each type each year, and the figures that form a series
 * (one unit and measure, dated at least twice).
 */
record Indicators(List<YearCount> eventsPerYear, List<Series> figureSeries) {
    static final int MIN_POINTS = 2;

    record YearCount(int year, EventType type, int count) {}

    /**
     * One dated figure of a series, with its fact key, review state and version so that the page can judge it (a
     * page drawn before another judgement gets 409).
     */
    record Point(
            String date,
            double value,
            String valueText,
            String source,
            String documentId,
            Evidence evidence,
            @Nullable String key,
            String review,
            int version) {}

    record Series(String measure, String unit, List<Point> points) {}

    static Indicators of(List<HappeningRow> happenings, List<FigureRow> figures) {
        return new Indicators(perYear(happenings), series(figures));
    }

    /** A happening counts in the first year of its date; undated ones are left out. */
    private static List<YearCount> perYear(List<HappeningRow> happenings) {
        Map<Integer, Map<EventType, Integer>> counts = new TreeMap<>();
        for (HappeningRow row : happenings) {
            DateSpan.parse(row.date())
                    .ifPresent(span -> counts.computeIfAbsent(span.first().getYear(), y -> new TreeMap<>())
                            .merge(row.type(), 1, Integer::sum));
        }
        List<YearCount> rows = new ArrayList<>();
        counts.forEach((year, types) -> types.forEach((type, count) -> rows.add(new YearCount(year, type, count))));
        return rows;
    }

    private static List<Series> series(List<FigureRow> figures) {
        Map<String, List<FigureRow>> byMeasure = new TreeMap<>();
        for (FigureRow figure : figures) {
            if (figure.date() != null) {
                String key = figure.unit() + "\t" + figure.measure().toLowerCase(Locale.ROOT);
                byMeasure.computeIfAbsent(key, k -> new ArrayList<>()).add(figure);
            }
        }
        List<Series> series = new ArrayList<>();
        for (List<FigureRow> group : byMeasure.values()) {
            List<Point> points = group.stream()
                    .map(f -> new Point(
                            String.valueOf(f.date()),
                            f.value(),
                            f.valueText(),
                            f.source(),
                            f.documentId(),
                            f.evidence(),
                            f.key(),
                            f.review(),
                            f.version()))
                    .sorted(Comparator.comparing(Point::date))
                    .toList();
            if (points.stream().map(Point::date).distinct().count() >= MIN_POINTS) {
                FigureRow first = group.get(0);
                series.add(new Series(first.measure(), first.unit(), points));
            }
        }
        return series;
    }
}
