package org.bilat.brief;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.bilat.store.EntityRef;
import org.bilat.store.FigureRow;

/** The key figures: value, unit, measure, subjects and date of every figure in scope, each with its note. */
final class KeyFigures implements Section<BriefFacts> {
    static final int MAX_FIGURES = 100;

    @Override
    public void write(BriefFacts facts, MarkdownText out) {
        out.heading(2, "Key figures");
        if (facts.figures().isEmpty()) {
            out.paragraph("No stored figure in this scope.");
            return;
        }
        if (facts.figures().size() > MAX_FIGURES) {
            out.paragraph("The first " + MAX_FIGURES + " of " + facts.figures().size() + " figures, by measure.");
        }
        out.table(
                List.of("Value", "Unit", "Measure", "Of", "Date", "Source"),
                facts.figures().stream()
                        .limit(MAX_FIGURES)
                        .map(f -> row(f, out))
                        .toList());
    }

    static List<String> row(FigureRow figure, MarkdownText out) {
        String value = (figure.qualifier() == null ? "" : figure.qualifier() + " ") + figure.valueText();
        return List.of(
                MarkdownText.plain(value),
                MarkdownText.plain(figure.unit()),
                MarkdownText.plain(figure.measure()),
                figure.subjects().stream()
                        .map(EntityRef::name)
                        .map(MarkdownText::plain)
                        .collect(Collectors.joining(", ")),
                MarkdownText.plain(Objects.requireNonNullElse(figure.date(), "")),
                out.cite(List.of(FactKeys.passage(figure))));
    }
}
