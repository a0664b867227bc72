package org.bilat.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reference things by the folded forms of their names; a name that two different things share answers neither. */
final class NameIndex<T> {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern SPACES = Pattern.compile("[\\s,]+");
    private static final int SHORT_ACRONYM = 3;

    private final Map<String, T> byKey = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    void add(String name, T value) {
        String key = key(name);
        if (key.isEmpty()) {
            return;
        }
        T old = byKey.putIfAbsent(key, value);
        if (old != null && !old.equals(value)) {
            ambiguous.add(key);
        }
    }

    Optional<T> find(String surface) {
        String key = key(surface);
        return ambiguous.contains(key) ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    /**
     * Case, accents, typographic apostrophes and dashes, dots and commas and a leading "the" folded away. Acronyms of up to
     * three capitals keep their case (dots dropped) so that "US", "WHO" and "AND" do not match "us", "who" and "and".
     */
    static String key(String name) {
        String text = name.strip().replace('\u2019', '\'').replace('\u2018', '\'');
        if (isShortAcronym(text)) {
            return "=" + text.replace(".", "");
        }
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        text = DASHES.matcher(text.replace(".", "")).replaceAll("-");
        text = SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return text.startsWith("the ") ? text.substring(4) : text;
    }

    private static boolean isShortAcronym(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        return letters > 0 && letters <= SHORT_ACRONYM && text.chars().noneMatch(Character::isLowerCase);
    }
}
