package org.bilat.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's best passage into at most about {@value #MAX_CHARS} characters of raw text, cut at word
 * boundaries around the first match, with the matched words as marked parts and control characters and runs of
 * white space as single spaces.
 */
final class SnippetFormatter extends PassageFormatter {
    static final int MAX_CHARS = 240;

    /** Context kept before the first match when a long passage has to be cut. */
    private static final int LEAD_CHARS = 60;

    private static final String ELLIPSIS = "…";

    @Override
    public Snippet format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return Snippet.NONE;
        }
        Passage passage = passages[0];
        int start = skipBlanks(content, passage.getStartOffset(), passage.getEndOffset());
        int end = trimBlanks(content, start, passage.getEndOffset());
        List<int[]> matches = matches(passage, start, end);
        int[] window = window(content, start, end, matches);
        return new Snippet(parts(content, window[0], window[1], matches, window[0] > start, window[1] < end));
    }

    /** The whole passage when short enough, else a cut at words that begins a little before the first match. */
    private static int[] window(String content, int start, int end, List<int[]> matches) {
        if (end - start <= MAX_CHARS) {
            return new int[] {start, end};
        }
        int anchor = matches.isEmpty() ? start : matches.get(0)[0];
        int anchorEnd = matches.isEmpty() ? start : matches.get(0)[1];
        int from = Math.max(start, Math.min(anchor - LEAD_CHARS, end - MAX_CHARS));
        if (from > start) {
            from = wordStart(content, from, anchor);
        }
        int to = Math.min(end, from + MAX_CHARS);
        if (to < end) {
            to = wordEnd(content, to, anchorEnd);
        }
        return new int[] {from, to};
    }

    private static List<SnippetPart> parts(
            String content, int from, int to, List<int[]> matches, boolean cutBefore, boolean cutAfter) {
        List<SnippetPart> parts = new ArrayList<>();
        if (cutBefore) {
            add(parts, ELLIPSIS, false);
        }
        int position = from;
        for (int[] match : matches) {
            int matchStart = Math.max(match[0], position);
            int matchEnd = Math.min(match[1], to);
            if (matchEnd > matchStart) {
                add(parts, content.substring(position, matchStart), false);
                add(parts, content.substring(matchStart, matchEnd), true);
                position = matchEnd;
            }
        }
        add(parts, content.substring(position, Math.max(position, to)), false);
        if (cutAfter) {
            add(parts, ELLIPSIS, false);
        }
        return parts;
    }

    /** Adds a run of text, blanks made single spaces, joined to the previous part when both are or are not matches. */
    private static void add(List<SnippetPart> parts, String raw, boolean match) {
        String text = singleSpaced(raw);
        if (text.isEmpty()) {
            return;
        }
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).match() == match) {
            parts.set(last, new SnippetPart(parts.get(last).text() + text, match));
        } else {
            parts.add(new SnippetPart(text, match));
        }
    }

    /** The text with each run of white space and control characters made one space. */
    private static String singleSpaced(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        boolean blank = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isBlank(c)) {
                text.append(c);
            } else if (!blank) {
                text.append(' ');
            }
            blank = isBlank(c);
        }
        return text.toString();
    }

    /** The passage's matches within start..end, sorted, overlapping ones (a word and its prefix) merged. */
    private static List<int[]> matches(Passage passage, int start, int end) {
        int[][] spans = new int[passage.getNumMatches()][];
        for (int i = 0; i < spans.length; i++) {
            spans[i] =
                    new int[] {Math.max(start, passage.getMatchStarts()[i]), Math.min(end, passage.getMatchEnds()[i])};
        }
        Arrays.sort(spans, Comparator.comparingInt((int[] span) -> span[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else if (span[1] > span[0]) {
                merged.add(span);
            }
        }
        return merged;
    }

    /** Moves a cut that falls inside a word forward to the next word, unless that passes the limit. */
    private static int wordStart(String content, int cut, int limit) {
        if (isBlank(content.charAt(cut - 1))) {
            return cut;
        }
        for (int i = cut; i < limit; i++) {
            if (isBlank(content.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(content.charAt(cut)) ? cut + 1 : cut;
    }

    /** Moves a cut that falls inside a word back to the end of the previous word, unless that passes the limit. */
    private static int wordEnd(String content, int cut, int limit) {
        if (isBlank(content.charAt(cut))) {
            return cut;
        }
        for (int i = cut - 1; i > limit; i--) {
            if (isBlank(content.charAt(i))) {
                return i;
            }
        }
        return Character.isHighSurrogate(content.charAt(cut - 1)) ? cut - 1 : cut;
    }

    private static int skipBlanks(String content, int from, int end) {
        int position = from;
        while (position < end && isBlank(content.charAt(position))) {
            position++;
        }
        return position;
    }

    private static int trimBlanks(String content, int start, int to) {
        int position = to;
        while (position > start && isBlank(content.charAt(position - 1))) {
            position--;
        }
        return position;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }
}
