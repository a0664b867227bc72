package org.bilat.brief;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bilat.store.DocumentRow;

/** The brief's key numbers: documents and sources behind it, events by type, figures, open conflicts. */
final class KeyNumbers implements Section<BriefFacts> {
    @Override
    public void write(BriefFacts facts, MarkdownText out) {
        List<DocumentRow> documents = facts.inScope().stream()
                .map(facts.documents()::get)
                .filter(Objects::nonNull)
                .sorted((a, b) -> a.source().compareTo(b.source()))
                .toList();
        long sources = documents.stream().map(KeyNumbers::sourceName).distinct().count();
        out.heading(2, "Key numbers");
        out.paragraph(documents.size() + " documents from " + sources + " sources state the "
                + facts.happenings().size() + " events and " + facts.figures().size() + " figures of this brief; "
                + facts.conflicts().size() + " disagreements between sources are open.");
        Map<String, Long> byType = facts.happenings().stream()
                .collect(Collectors.groupingBy(h -> h.type().name(), TreeMap::new, Collectors.counting()));
        out.table(
                List.of("Event type", "Events", "Told by more than one document"),
                byType.entrySet().stream()
                        .map(e -> List.of(e.getKey(), String.valueOf(e.getValue()), corroborated(facts, e.getKey())))
                        .toList());
        out.paragraph("Documents:");
        out.bullets(documents.stream().map(KeyNumbers::describe).toList());
    }

    private static String corroborated(BriefFacts facts, String type) {
        return String.valueOf(facts.happenings().stream()
                .filter(h -> h.type().name().equals(type))
                .filter(h -> h.corroboration() > 1)
                .count());
    }

    /** The publisher when the document names one, else its file. */
    private static String sourceName(DocumentRow document) {
        String publisher = document.publisher();
        return publisher == null || publisher.isBlank() ? document.source() : publisher;
    }

    static String describe(DocumentRow document) {
        StringBuilder line = new StringBuilder(MarkdownText.plain(document.source()));
        for (String part : new String[] {document.title(), document.publisher(), document.published()}) {
            if (part != null && !part.isBlank()) {
                line.append(" — ").append(MarkdownText.plain(part));
            }
        }
        return line.toString();
    }
}
