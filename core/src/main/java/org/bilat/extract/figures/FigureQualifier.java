package org.bilat.extract.figures;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.bilat.nlp.Token;

/** The words that bound a figure, written right before it: "up to", "more than", "at least", "nearly". */
final class FigureQualifier {
    /**
     * A qualifier found before a figure.
     *
     * @param phrase the qualifier in lower case, as written
     * @param first index of its first token
     */
    record Found(String phrase, int first) {}

    private static final List<List<String>> PHRASES = Stream.of(
                    "up to",
                    "more than",
                    "over",
                    "at least",
                    "about",
                    "nearly",
                    "no fewer than",
                    "no less than",
                    "no more than",
                    "not more than",
                    "not less than",
                    "fewer than",
                    "less than",
                    "approximately",
                    "around",
                    "almost",
                    "roughly",
                    "some",
                    "at most",
                    "as many as",
                    "as much as",
                    "as few as",
                    "close to",
                    "under",
                    "above",
                    "below",
                    "exceeding",
                    "in excess of",
                    "upwards of",
                    "just over",
                    "just under",
                    "well over",
                    "an estimated",
                    "estimated",
                    "circa",
                    "approx.",
                    "a maximum of",
                    "a minimum of",
                    "an average of")
            .distinct()
            .map(phrase -> List.of(phrase.split(" ")))
            .sorted(Comparator.comparingInt((List<String> words) -> words.size())
                    .reversed())
            .toList();

    private FigureQualifier() {}

    /** The qualifier whose last token is {@code before - 1}, not reaching before {@code sentenceStart}; or empty. */
    static Optional<Found> before(List<Token> tokens, int before, int sentenceStart) {
        for (List<String> words : PHRASES) {
            int first = before - words.size();
            if (first >= sentenceStart && matches(tokens, first, words)) {
                return Optional.of(new Found(String.join(" ", words), first));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<Token> tokens, int first, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(first + k).text().toLowerCase(Locale.ROOT).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
