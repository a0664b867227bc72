package org.bilat.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for the form of a state that formal state names use ("Russian Federation", "Republic of Belarus",
 * "Principality of Monaco"): the one list that typing and merging of state names share.
 */
public final class StateForms {
    private static final Set<String> WORDS =
            Set.of("federation", "republic", "kingdom", "confederation", "commonwealth", "principality");
    private static final Pattern NAME_THEN_FORM = Pattern.compile("(\\w+) (" + String.join("|", WORDS) + ")");

    private StateForms() {}

    /** Whether a word, in any case, names a form of state. */
    public static boolean isFormWord(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The state's name in a folded two-word name that ends in a form of state ("ruritania federation"), or empty. */
    public static Optional<String> nameBeforeForm(String folded) {
        Matcher m = NAME_THEN_FORM.matcher(folded);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
