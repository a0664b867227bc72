package org.bilat.extract.names;

import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Recognises heading lines, set in capitals or in title case, whose words are capitalised without being names.
 */
final class Headings {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private static final java.util.regex.Pattern LABEL =
            java.util.regex.Pattern.compile("\\s*((?:\\p{Lu}\\p{Ll}+ ){0,2}\\p{Lu}\\p{Ll}+)\\s*(?::.*)?");

    private Headings() {}

    static boolean isHeading(AnnotatedText text, Token token) {
        String all = text.text();
        int from = all.lastIndexOf('\n', token.begin()) + 1;
        int to = all.indexOf('\n', token.end());
        String line = all.substring(from, to < 0 ? all.length() : to);
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            upper += Character.isUpperCase(c) ? 1 : 0;
            lower += Character.isLowerCase(c) ? 1 : 0;
        }
        return (upper >= 12 && lower * 10 < upper) || isTitleCase(line) || isLabel(line, token.begin() - from);
    }

    /**
     * A page label: a line of one to three capitalised words alone ("Project Summary") or before a colon ("Current
     * Stage: planning"), read at a word of that label.
     */
    private static boolean isLabel(String line, int offset) {
        java.util.regex.Matcher m = LABEL.matcher(line);
        return m.matches() && offset < m.end(1);
    }

    /** "Belarus Puts Its First Satellite Into Orbit": most longer words capitalised, no full stop at the end. */
    private static boolean isTitleCase(String line) {
        String trimmed = line.trim();
        if (trimmed.endsWith(".") || trimmed.length() > 160) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (String word : WHITESPACE.split(trimmed, -1)) {
            if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitalised * 10 >= words * 8;
    }
}
