package org.bilat.extract.names;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads words glued to digits by lost spacing in scraped pages: a date run into the next word ("2024Ministry") or a
 * footnote or reading-time digit stuck to the last word of a name ("Negotiations3 min read"). The text itself stays
 * as it is; only the name's bounds leave the digits out.
 */
final class GluedTokens {
    /** Two or more digits, then a capitalised word of at least four letters. */
    private static final Pattern LEADING = Pattern.compile("^\\d{2,}(?=\\p{Lu}\\p{Ll}{3,})");
    /** A word of at least three lower-case letters ending in one or two digits. */
    private static final Pattern TRAILING = Pattern.compile("(?<=\\p{L}\\p{Ll}{2})\\d{1,2}$");

    private GluedTokens() {}

    /** Whether a word starts with digits glued to a capitalised word ("2024Ministry"). */
    static boolean startsWithGluedName(String word) {
        return LEADING.matcher(word).find();
    }

    /** Whether a word has digits glued to its start or its end. */
    static boolean isGlued(String word) {
        return startsWithGluedName(word) || TRAILING.matcher(word).find();
    }

    /** The word without its glued digits. */
    static String core(String word) {
        return TRAILING.matcher(LEADING.matcher(word).replaceFirst("")).replaceFirst("");
    }

    /** How many characters of glued digits open a name. */
    static int leadingDigits(String name) {
        Matcher m = LEADING.matcher(name);
        return m.find() ? m.end() : 0;
    }

    /** How many characters of glued digits close a name. */
    static int trailingDigits(String name) {
        Matcher m = TRAILING.matcher(name);
        return m.find() ? name.length() - m.start() : 0;
    }
}
