package org.bilat.store;

import org.bilat.model.Evidence;

/** Cuts the passage around a mention: its sentence, or at most about {@value #MAX_LENGTH} characters of it. */
final class Quotes {
    static final int MAX_LENGTH = 300;

    private Quotes() {}

    /** The sentence around {@code text[start, end)}, cut at . ! ? or a blank line, as an exact substring of text. */
    static String around(String text, int start, int end) {
        return spanAround(text, start, end).quote();
    }

    /** The sentence around {@code text[start, end)} with its offsets, blanks at either end left out. */
    static Evidence spanAround(String text, int start, int end) {
        int side = Math.max(0, (MAX_LENGTH - (end - start)) / 2);
        int from = sentenceStart(text, start, Math.max(0, start - side));
        int to = sentenceEnd(text, end, Math.min(text.length(), end + side));
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return Evidence.of(text, from, to);
    }

    private static int sentenceStart(String text, int start, int limit) {
        for (int i = start - 1; i >= limit; i--) {
            if (isSentenceEnd(text, i) || isBlankLineEnd(text, i)) {
                return i + 1;
            }
        }
        if (limit == 0) {
            return 0;
        }
        int space = indexOfWhitespace(text, limit, start);
        return space < 0 ? limit : space;
    }

    private static int sentenceEnd(String text, int end, int limit) {
        for (int i = end; i < limit; i++) {
            if (isSentenceEnd(text, i)) {
                return i + 1;
            }
            if (text.charAt(i) == '\n' && blankLineFollows(text, i)) {
                return i;
            }
        }
        if (limit == text.length()) {
            return limit;
        }
        int space = lastIndexOfWhitespace(text, end, limit);
        return space < 0 ? limit : space;
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        boolean punctuation = c == '.' || c == '!' || c == '?';
        return punctuation && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    /** True when the newline at i closes a line holding only spaces, i.e. the next text starts a paragraph. */
    private static boolean isBlankLineEnd(String text, int i) {
        if (text.charAt(i) != '\n') {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j--;
        }
        return j >= 0 && text.charAt(j) == '\n';
    }

    private static boolean blankLineFollows(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '\n';
    }

    private static int indexOfWhitespace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfWhitespace(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
