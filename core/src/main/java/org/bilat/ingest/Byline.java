package org.bilat.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finds the author in "Author: NAME", "By NAME" or a label line followed by the name on the next line. */
final class Byline {
    private static final Pattern LINE = Pattern.compile(
            "^(authors?|written by|by)\\s*:?(?:\\s+(.*))?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BULLET = Pattern.compile("^[-–—•*·]\\s*");
    /** Where a name ends and an affiliation or a second clause starts. */
    private static final Pattern NAME_END = Pattern.compile("[,;|(/]|\\s[-–—]\\s");

    private static final Set<String> PARTICLES = Set.of(
            "de", "da", "del", "della", "di", "van", "von", "der", "den", "du", "la", "le", "bin", "ibn", "al", "and",
            "&");
    private static final int MAX_WORDS = 8;

    private Byline() {}

    static @Nullable String author(List<String> head) {
        for (int i = 0; i < head.size(); i++) {
            Matcher m = LINE.matcher(head.get(i));
            if (!m.matches()) {
                continue;
            }
            String rest = m.group(2);
            if (rest == null || rest.isBlank()) {
                rest = i + 1 < head.size() ? head.get(i + 1) : "";
            }
            boolean labelled = !m.group(1).toLowerCase(Locale.ROOT).equals("by");
            String name = name(rest, labelled);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** A person's name at the start of {@code text}; after a bare "By" it must have two words to tell it from prose. */
    private static @Nullable String name(String text, boolean labelled) {
        String s = BULLET.matcher(text.strip()).replaceFirst("");
        Matcher end = NAME_END.matcher(s);
        if (end.find()) {
            s = s.substring(0, end.start());
        }
        s = s.strip().replaceAll("\\.$", "");
        String[] words = s.split("\\s+");
        boolean enough = words.length >= (labelled ? 1 : 2) && words.length <= MAX_WORDS;
        return enough && looksLikeName(words) ? s : null;
    }

    private static boolean looksLikeName(String[] words) {
        if (!capitalised(words[0]) || !capitalised(words[words.length - 1])) {
            return false;
        }
        for (String w : words) {
            if (!capitalised(w) && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty()
                && Character.isUpperCase(word.codePointAt(0))
                && word.codePoints().noneMatch(Character::isDigit);
    }
}
