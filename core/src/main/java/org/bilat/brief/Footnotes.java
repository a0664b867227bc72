package org.bilat.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilat.store.DocumentRow;
import org.bilat.store.Passage;
import org.jspecify.annotations.Nullable;

/** Numbers the passages a text cites, each passage once, and writes them out as notes with their sources. */
final class Footnotes {
    private final Map<String, DocumentRow> documents;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<Passage> cited = new ArrayList<>();

    Footnotes(Map<String, DocumentRow> documents) {
        this.documents = Map.copyOf(documents);
    }

    /** The note number of the passage, giving it the next number when it is cited for the first time. */
    int number(Passage passage) {
        String key = passage.documentId() + ":" + passage.evidence().start() + ":"
                + passage.evidence().end();
        return numbers.computeIfAbsent(key, k -> {
            cited.add(passage);
            return cited.size();
        });
    }

    boolean isEmpty() {
        return cited.isEmpty();
    }

    /** Each note as Markdown, in number order: the quote, then title, publisher, date and file of its document. */
    List<String> notes() {
        return cited.stream().map(this::note).toList();
    }

    private String note(Passage passage) {
        DocumentRow document = documents.get(passage.documentId());
        List<String> parts = new ArrayList<>();
        if (document != null) {
            add(parts, document.title());
            add(parts, document.publisher());
            add(parts, document.published());
        }
        parts.add("file " + MarkdownText.plain(passage.source()));
        return "“" + MarkdownText.plain(passage.evidence().quote()) + "” — " + String.join(", ", parts);
    }

    private static void add(List<String> parts, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parts.add(MarkdownText.plain(value));
        }
    }
}
