package org.bilat.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bilat.model.EventType;
import org.bilat.store.FigureRow;
import org.bilat.store.HappeningRow;

/** The digest's lists of what is new: documents ingested, events by type, and figures with their series. */
final class DigestSections {
    private DigestSections() {}

    static void documents(DigestFacts facts, MarkdownText out) {
        out.heading(2, "Documents ingested");
        out.paragraph(facts.ingested().size() + " documents entered the store from " + facts.period() + ".");
        out.bullets(facts.ingested().stream().map(KeyNumbers::describe).toList());
    }

    static void events(DigestFacts facts, MarkdownText out) {
        out.heading(2, "New events by type");
        if (facts.newEvents().isEmpty()) {
            out.paragraph("The new documents tell no event.");
            return;
        }
        Map<EventType, List<HappeningRow>> byType = facts.newEvents().stream()
                .collect(Collectors.groupingBy(HappeningRow::type, TreeMap::new, Collectors.toList()));
        out.table(
                List.of("Event type", "New events"),
                byType.entrySet().stream()
                        .map(e -> List.of(
                                e.getKey().name(), String.valueOf(e.getValue().size())))
                        .toList());
        byType.forEach((type, rows) -> {
            out.heading(3, type.name());
            out.bullets(rows.stream()
                    .sorted(ScopeReader.byDate())
                    .map(h -> Chronology.line(h, out))
                    .toList());
        });
    }

    static void figures(DigestFacts facts, MarkdownText out) {
        out.heading(2, "New figures and changes to figure series");
        if (facts.newFigures().isEmpty()) {
            out.paragraph("The new documents give no figure.");
            return;
        }
        out.table(
                List.of("Value", "Unit", "Measure", "Of", "Date", "Source", "Series before"),
                facts.newFigures().stream().map(f -> row(f, facts, out)).toList());
    }

    private static List<String> row(FigureRow figure, DigestFacts facts, MarkdownText out) {
        List<String> cells = new ArrayList<>(KeyFigures.row(figure, out));
        cells.add(before(figure, facts.earlierFigures())
                .map(f -> MarkdownText.plain(f.amount() + (f.date() == null ? "" : " (" + f.date() + ")")) + " "
                        + out.cite(List.of(FactKeys.passage(f))))
                .orElse("new series"));
        return cells;
    }

    /** The latest earlier figure of the same measure and unit: the point the new one continues or changes. */
    private static Optional<FigureRow> before(FigureRow figure, List<FigureRow> earlier) {
        return earlier.stream()
                .filter(f -> f.unit().equals(figure.unit()) && f.measure().equalsIgnoreCase(figure.measure()))
                .max(Comparator.comparing(f -> f.date() == null ? "" : f.date()));
    }
}
