package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** score.py's fold(): the form in which two spellings of a name compare equal. */
final class Fold {
    private static final Pattern PUNCT = Pattern.compile("[^0-9a-z ]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    // Cyrillic letters that look like Latin ones, as they turn up inside Latin words in scraped text
    private static final String CYRILLIC = "АВСЕНКМОРТХаеорсух";
    private static final String LATIN = "ABCEHKMOPTXaeopcyx";

    private Fold() {}

    static String fold(String text) {
        String folded = Normalizer.normalize(latin(text), Normalizer.Form.NFKD);
        folded = dropCombining(folded).toLowerCase(Locale.ROOT);
        folded = PUNCT.matcher(folded.replace("’", "").replace("'", "")).replaceAll(" ");
        folded = SPACE.matcher(folded).replaceAll(" ").strip();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    /** The non-empty folded forms of an entity's name and aliases. */
    static Set<String> names(JsonNode entity) {
        Set<String> out = new LinkedHashSet<>();
        add(out, fold(PyJson.str(entity, "name", "")));
        for (JsonNode alias : PyJson.items(entity.path("aliases"), "aliases")) {
            add(out, fold(PyJson.str(alias)));
        }
        return out;
    }

    private static void add(Set<String> out, String form) {
        if (!form.isEmpty()) {
            out.add(form);
        }
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
