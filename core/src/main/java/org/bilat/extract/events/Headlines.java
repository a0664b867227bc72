package org.bilat.extract.events;

import java.util.List;
import java.util.Locale;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Tells lines that only label or point at a story from lines that tell it: a headline (a short line of its own that
 * does not end as a sentence does) and a line linking to another story or captioning a picture ("Read also: ...",
 * "Photo: ...").
 */
final class Headlines {
    private static final List<String> LABELS = List.of(
            "read also",
            "read more",
            "see also",
            "also read",
            "related:",
            "photo:",
            "photo by",
            "photograph:",
            "video:");
    private static final String SENTENCE_ENDS = ".!?\"”»)…";
    private static final int MAX_TOKENS = 25;

    private Headlines() {}

    /** Whether the sentence from token {@code first} to {@code last} (inclusive) is a headline, link or caption. */
    static boolean isHeadline(AnnotatedText text, int first, int last) {
        String all = text.text();
        Token from = text.tokens().get(first);
        Token to = text.tokens().get(last);
        int lineStart = all.lastIndexOf('\n', Math.max(0, from.begin() - 1)) + 1;
        int lineEnd = all.indexOf('\n', to.end());
        String line =
                all.substring(lineStart, lineEnd < 0 ? all.length() : lineEnd).strip();
        String lower = line.toLowerCase(Locale.ROOT);
        if (LABELS.stream().anyMatch(lower::startsWith)) {
            return true;
        }
        boolean wholeLine = all.substring(lineStart, from.begin()).isBlank()
                && all.substring(to.end(), lineEnd < 0 ? all.length() : lineEnd).isBlank();
        return wholeLine
                && last - first < MAX_TOKENS
                && !line.isEmpty()
                && SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) < 0;
    }
}
