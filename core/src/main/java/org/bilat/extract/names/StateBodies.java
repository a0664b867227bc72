package org.bilat.extract.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilat.extract.text.Lexicon;

/** Bodies of a state that texts name through the state's adjective: "Belarusian army", "Chinese Embassy". */
final class StateBodies {
    private static final int LONGEST = 6;
    private final Map<String, String> standard = new HashMap<>();

    private StateBodies() {
        for (String[] row : Lexicon.rows("/extract/state-bodies.tsv")) {
            standard.put(row[0], row[1]);
        }
    }

    static StateBodies load() {
        return new StateBodies();
    }

    /** The longest body phrase starting at word {@code from} of {@code words} (lower case). */
    Optional<Body> startingAt(List<String> words, int from) {
        for (int length = Math.min(LONGEST, words.size() - from); length >= 1; length--) {
            String phrase = String.join(" ", words.subList(from, from + length));
            String name = standard.get(phrase);
            if (name != null) {
                return Optional.of(new Body(name, length));
            }
        }
        return Optional.empty();
    }

    /** The standard name of a body and how many words its phrase took. */
    record Body(String name, int words) {}
}
