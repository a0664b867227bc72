package org.bilat.extract.events;

import java.util.List;
import java.util.Locale;

/**
 * A sentence that opens by turning back in time ("Earlier, ...", "Before that, ...", "Previously, ...", "In the past,
 * ...") tells something before the time its paragraph has set, so it does not go on in that time.
 */
final class TimeConnectives {
    private static final List<List<String>> BACKWARD = List.of(
            List.of("earlier"),
            List.of("previously"),
            List.of("formerly"),
            List.of("before", "that"),
            List.of("before", "this"),
            List.of("prior", "to", "that"),
            List.of("in", "the", "past"));

    private static final List<List<String>> FORWARD = List.of(
            List.of("later"),
            List.of("a", "little", "later"),
            List.of("subsequently"),
            List.of("afterwards"),
            List.of("thereafter"));

    private TimeConnectives() {}

    /**
     * Whether the sentence of {@code clause} opens by moving on from its paragraph's time to an unnamed later one
     * ("Later, ...", "A little later, ...", "Subsequently, ..."): it does not go on in that time either.
     */
    static boolean movesOn(EventClause clause) {
        for (List<String> words : FORWARD) {
            if (opensWith(clause, words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence of {@code clause} opens with a connective that turns back in time. */
    static boolean turnsBack(EventClause clause) {
        for (List<String> words : BACKWARD) {
            if (opensWith(clause, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensWith(EventClause clause, List<String> words) {
        int first = clause.sentenceFirst();
        if (first + words.size() > clause.sentenceLast()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!clause.token(first + k).text().toLowerCase(Locale.ROOT).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
