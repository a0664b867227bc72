package org.bilat.extract.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilat.model.NameFold;

/** Reference things by the folded forms of their names; a name that two different things share answers neither. */
final class NameIndex<T> {
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
     * The name as {@link NameFold#fold} folds it, with three lookup rules on top: acronyms of up to three capitals keep
     * their case (dots dropped) so that "US", "WHO" and "AND" do not match "us", "who" and "and"; dots are dropped
     * rather than read as spaces, so that "U.S.S.R." and "D.C." match "USSR" and "DC"; and "+" reads as "plus", so
     * that "OPEC+" stays apart from "OPEC".
     */
    static String key(String name) {
        String text = name.strip();
        if (isShortAcronym(text)) {
            return "=" + text.replace(".", "");
        }
        return NameFold.fold(text.replace(".", "").replace("+", " plus "));
    }

    private static boolean isShortAcronym(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        return letters > 0 && letters <= SHORT_ACRONYM && text.chars().noneMatch(Character::isLowerCase);
    }
}
