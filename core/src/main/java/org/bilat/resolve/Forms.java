package org.bilat.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The forms a mention's text gives: its core name without quotes, titles and trailing class words, and quoted parts. */
final class Forms {
    private static final Pattern QUOTED = Pattern.compile("[“\"«„]([^“”\"«»„]+)[”\"»“]");
    private static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "dr",
            "president",
            "premier",
            "prime",
            "minister",
            "general",
            "chairman",
            "deputy",
            "vice",
            "comrade",
            "sir",
            "lady",
            "lord");

    private static final Set<String> CLASS_ACRONYMS = Set.of(
            "mlrs", "sam", "sams", "uav", "uavs", "mrap", "mraps", "icbm", "apc", "ifv", "atgm", "manpads", "ucav",
            "brdm");

    private Forms() {}

    /** "11th Brigade" of "11th Brigade of the Armed Forces": the part that names a unit of a larger body. */
    static String unitPart(String core) {
        int at = core.indexOf(" of the ");
        return at > 0 ? core.substring(0, at) : "";
    }

    /** The name without quotes, a leading "the" or title, and without trailing lower-case words or punctuation. */
    static String core(String text) {
        return core(text, true);
    }

    /**
     * The core of a name that is not a person's: a title word that opens it is part of the name ("General Electric",
     * "General Staff").
     */
    static String thingCore(String text) {
        return core(text, false);
    }

    private static String core(String text, boolean dropTitles) {
        String[] words = text.replaceAll("[“”\"«»„]", " ").trim().split("[\\s\\u00a0]+", -1);
        int from = 0;
        int to = words.length;
        while (from < to - 1 && (words[from].equalsIgnoreCase("the") || (dropTitles && isTitle(words[from])))) {
            from++;
        }
        while (from < to - 1 && isClassAcronym(words[from])) {
            from++;
        }
        while (to > from + 1
                && (startsLower(words[to - 1])
                        || words[to - 1].matches("\\p{Punct}+")
                        || isClassAcronym(words[to - 1]))) {
            to--;
        }
        return String.join(" ", List.of(words).subList(from, to)).replaceAll("[\\s\\p{Punct}&&[^.)]]+$", "");
    }

    /** Quoted names inside the text ("Great Stone" in Industrial Park “Great Stone”). */
    static List<String> quoted(String text) {
        List<String> parts = new ArrayList<>();
        int of = text.indexOf(" of ");
        Matcher m = QUOTED.matcher(of > 0 ? text.substring(0, of) : text);
        while (m.find()) {
            String inner = m.group(1).trim();
            if (!inner.isEmpty() && Character.isUpperCase(inner.codePointAt(0)) && !inner.equals(text.trim())) {
                parts.add(inner);
            }
        }
        return parts;
    }

    static boolean isAcronym(String text) {
        return text.matches("[A-ZА-Я][A-ZА-Я0-9&]{1,7}")
                && text.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /** Words of a name that carry content (not of, and, the...), as written. */
    static List<String> contentWords(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.split("[\\s\\u00a0-]+", -1)) {
            String lower = NameFolding.plain(w);
            if (!lower.isEmpty()
                    && !Set.of("of", "and", "the", "for", "on", "in", "under", "s")
                            .contains(lower)) {
                words.add(w);
            }
        }
        return words;
    }

    private static boolean isClassAcronym(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return CLASS_ACRONYMS.contains(lower) || CLASS_ACRONYMS.contains(lower.replaceAll("s$", ""));
    }

    private static boolean isTitle(String word) {
        return TITLES.contains(NameFolding.plain(word));
    }

    private static boolean startsLower(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
    }
}
