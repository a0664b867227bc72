package org.bilat.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names so that spellings of one name compare equal: case, accents, quotes, punctuation, transliteration. */
final class NameFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^0-9a-z]+");
    private static final String HOMOGLYPHS_CYRILLIC = "АВСЕНКМОРТХаеорсух";
    private static final String HOMOGLYPHS_LATIN = "ABCEHKMOPTXaeopcyx";

    private NameFolding() {}

    /** Lowercase ASCII words separated by single spaces; a leading "the" dropped. */
    static String plain(String name) {
        String text = latinHomoglyphs(name).replace("’", "").replace("'", "");
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        text = NON_ALNUM.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return text.startsWith("the ") ? text.substring(4) : text;
    }

    /**
     * A transliteration-insensitive skeleton of a word: its first letter, then its consonants with the spellings that
     * differ between romanisations merged (Lukashenka and Lukashenko, Aliaksandr and Alexander, Polonez and Polonaise).
     */
    static String skeleton(String word) {
        String w = word.replace("kh", "h")
                .replace("zh", "j")
                .replace("ph", "f")
                .replace("ck", "k")
                .replace("x", "ks")
                .replace("w", "v")
                .replace("z", "s")
                .replace("q", "k");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            if (i > 0 && vowel) {
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String latinHomoglyphs(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = HOMOGLYPHS_CYRILLIC.indexOf(c);
            out.append(at >= 0 ? HOMOGLYPHS_LATIN.charAt(at) : c);
        }
        return out.toString();
    }
}
