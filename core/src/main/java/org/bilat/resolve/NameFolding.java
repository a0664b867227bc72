package org.bilat.resolve;

import org.bilat.model.NameFold;

/** Folds names so that spellings of one name compare equal: case, accents, quotes, punctuation, transliteration. */
final class NameFolding {
    private NameFolding() {}

    /** Lowercase ASCII words separated by single spaces; a leading "the" dropped (see {@link NameFold#fold}). */
    static String plain(String name) {
        return NameFold.fold(name);
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
}
