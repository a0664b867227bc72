package org.bilat.nlp;

import java.util.Set;

/**
 * Undoes line wrapping inside sentences (text taken from PDFs and narrow columns) without moving a character: a line
 * break that cannot end a sentence becomes a space, so sentence splitting keeps the sentence and its names whole.
 */
final class LineWraps {
    private static final Set<String> CONNECTORS =
            Set.of("and", "or", "of", "the", "for", "in", "on", "to", "a", "an", "with", "by", "from", "at");
    /** Scale words, which the unit or noun they scale follows ("3.36 million / 20-foot equivalent units"). */
    private static final Set<String> SCALES = Set.of("thousand", "million", "billion", "trillion", "mln", "bn");

    private LineWraps() {}

    /** The text with each wrapping line break (and a carriage return before it) replaced by a space. */
    static String unwrap(String text) {
        char[] chars = text.toCharArray();
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (isWrap(text, i)) {
                chars[i] = ' ';
                if (i > 0 && chars[i - 1] == '\r') {
                    chars[i - 1] = ' ';
                }
            }
        }
        return new String(chars);
    }

    private static boolean isWrap(String text, int newline) {
        String before =
                text.substring(text.lastIndexOf('\n', newline - 1) + 1, newline).stripTrailing();
        int next = newline + 1;
        if (before.isEmpty() || next >= text.length() || Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        char first = text.charAt(next);
        if (".!?:;".indexOf(last) >= 0) {
            return false;
        }
        return Character.isLowerCase(first)
                || last == '-'
                || last == ','
                || CONNECTORS.contains(lastWord(before))
                || (Character.isDigit(first) && SCALES.contains(lastWord(before)));
    }

    private static String lastWord(String line) {
        int space = line.lastIndexOf(' ');
        return line.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
