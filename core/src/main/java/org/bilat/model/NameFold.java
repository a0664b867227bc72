package org.bilat.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The folded form of a name, in which spellings of one name compare equal: the project's one name folding. */
public final class NameFold {
    private static final Pattern PUNCT = Pattern.compile("[^0-9a-z ]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    // Cyrillic letters that look like Latin ones, as they turn up inside Latin words in scraped text
    private static final String CYRILLIC = "АВСЕНКМОРТХаеорсух";
    private static final String LATIN = "ABCEHKMOPTXaeopcyx";

    private NameFold() {}

    /**
     * Lowercase ASCII words separated by single spaces, exactly as fold() in shared/eval/score.py: Cyrillic lookalikes
     * read as Latin, NFKD with combining marks dropped, apostrophes dropped, any other run of characters outside
     * {@code [0-9a-z]} one space, and a leading word "the" dropped.
     */
    public static String fold(String name) {
        String folded = Normalizer.normalize(latin(name), Normalizer.Form.NFKD);
        folded = dropCombining(folded).toLowerCase(Locale.ROOT);
        folded = PUNCT.matcher(folded.replace("’", "").replace("'", "")).replaceAll(" ");
        folded = SPACE.matcher(folded).replaceAll(" ").strip();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    private static String latin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = CYRILLIC.indexOf(c);
            out.append(at >= 0 ? LATIN.charAt(at) : c);
        }
        return out.toString();
    }

    private static String dropCombining(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !combining(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Whether the canonical combining class is non-zero, as Python's unicodedata.combining() tells. Java does not
     * expose the class, but canonical reordering does: U+0345 (class 240) before the mark swaps with any class in
     * 1..239, and U+0334 (class 1) after it swaps with any class above 1; 240 is the highest class.
     */
    static boolean combining(int c) {
        if (c < 0x300) {
            return false;
        }
        String mark = Character.toString(c);
        String before = "\u0345" + mark;
        String after = mark + "\u0334";
        return !Normalizer.normalize(before, Normalizer.Form.NFD).equals(before)
                || !Normalizer.normalize(after, Normalizer.Form.NFD).equals(after);
    }
}
