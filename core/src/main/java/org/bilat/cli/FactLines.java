package org.bilat.cli;

import java.util.List;
import org.bilat.store.EntityRef;
import org.bilat.store.FigureRow;
import org.bilat.store.HappeningRow;
import org.bilat.store.RelationRow;

/** The one-line forms of events, figures and relations that timeline, figures and show print. */
final class FactLines {
    static final String SEPARATOR = " · ";

    private FactLines() {}

    /**
     * "type · participants · summary · [sources]", with the count of sources when more than one tells it and the mark
     * of its review.
     */
    static String happening(HappeningRow happening) {
        List<String> names =
                happening.participants().stream().map(EntityRef::name).toList();
        String corroboration = happening.corroboration() > 1 ? " (" + happening.corroboration() + " sources)" : "";
        return happening.type()
                + SEPARATOR
                + (names.isEmpty() ? "-" : String.join(", ", names))
                + SEPARATOR
                + oneLine(happening.summary())
                + SEPARATOR
                + sources(happening.sources())
                + corroboration
                + mark(happening.review());
    }

    /** The short mark of a review state after a fact's line: " ✓" accepted, " ✎" edited, " ✚" added by hand, " ✗" rejected, else none. */
    static String mark(String review) {
        return switch (review) {
            case "accepted" -> " ✓";
            case "edited" -> " ✎";
            case "added" -> " ✚";
            case "rejected" -> " ✗";
            default -> "";
        };
    }

    /**
     * "value unit (qualifier) · measure · subjects · date · [source] "quote"", leaving out parts the figure lacks, and
     * the mark of its review.
     */
    static String figure(FigureRow figure) {
        StringBuilder line =
                new StringBuilder(figure.amount()).append(SEPARATOR).append(figure.measure());
        if (!figure.subjects().isEmpty()) {
            List<String> names = figure.subjects().stream().map(EntityRef::name).toList();
            line.append(SEPARATOR).append(String.join(", ", names));
        }
        if (figure.date() != null) {
            line.append(SEPARATOR).append(figure.date());
        }
        return line.append(SEPARATOR)
                .append(sources(List.of(figure.source())))
                .append(' ')
                .append(quoted(figure.evidence().quote()))
                .append(mark(figure.review()))
                .toString();
    }

    /**
     * "TYPE → object (title) · [sources]" seen from the subject, "TYPE ← subject (title) · [sources]" otherwise, and
     * the mark of its review.
     */
    static String relation(RelationRow relation, String entityId) {
        boolean outgoing = relation.subject().id().equals(entityId);
        String other = outgoing
                ? "→ " + relation.object().name()
                : "← " + relation.subject().name();
        String title = relation.title() == null ? "" : " (" + relation.title() + ")";
        return relation.type() + " " + other + title + SEPARATOR + sources(relation.sources())
                + mark(relation.review());
    }

    static String sources(List<String> sources) {
        return "[" + String.join(", ", sources) + "]";
    }

    static String quoted(String quote) {
        return "\"" + oneLine(quote) + "\"";
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
