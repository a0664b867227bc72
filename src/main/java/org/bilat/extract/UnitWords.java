package org.bilat.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bilat.nlp.Token;

/**
 * The units of measure a number may be followed by, in the schema's units: percentages, distances (to km), masses
 * (to kg), areas (to hectares) and volumes (to cubic metres).
 */
final class UnitWords {
    private record Phrase(List<String> words, String unit, double factor) {}

    private static final List<Phrase> PHRASES = phrases();

    private UnitWords() {}

    /** The unit written from token {@code start} on (after an attached hyphen: "400-kilogram"), or empty. */
    static Optional<UnitMatch> at(List<Token> tokens, int start, int end) {
        int from = start;
        if (from < end && isAttachedHyphen(tokens, from)) {
            from++;
        }
        for (Phrase phrase : PHRASES) {
            int last = from + phrase.words().size() - 1;
            if (last < end && matches(tokens, from, phrase.words())) {
                return Optional.of(new UnitMatch(phrase.unit(), phrase.factor(), start, last));
            }
        }
        return Optional.empty();
    }

    /** Whether token {@code i} is a hyphen written without spaces between two words. */
    static boolean isAttachedHyphen(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return (t.text().equals("-") || t.text().equals("–"))
                && i > 0
                && i + 1 < tokens.size()
                && tokens.get(i - 1).end() == t.begin()
                && tokens.get(i + 1).begin() == t.end();
    }

    private static boolean matches(List<Token> tokens, int from, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(from + k).text().toLowerCase(Locale.ROOT).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<Phrase> phrases() {
        List<Phrase> all = new ArrayList<>();
        add(all, "PERCENT", 1, "%", "percent", "per cent", "pct", "percentage points", "percentage point");
        add(all, "KM", 1, "km", "kilometers", "kilometres", "kilometer", "kilometre");
        add(all, "KM", 1.609344, "miles", "mile");
        add(all, "KM", 1.852, "nautical miles", "nautical mile");
        add(all, "KM", 0.001, "meters", "metres", "meter", "metre");
        add(all, "KG", 1, "kg", "kilograms", "kilogram", "kilogrammes", "kilogramme", "kilos");
        add(all, "KG", 1000, "tonnes", "tonne", "tons", "ton", "metric tons", "metric tonnes");
        add(all, "KG", 0.001, "grams", "gram", "grammes");
        add(all, "HECTARE", 1, "hectares", "hectare", "ha");
        add(all, "HECTARE", 100, "square kilometers", "square kilometres", "sq km", "km2", "km²");
        add(all, "M3", 1, "cubic meters", "cubic metres", "cubic meter", "cubic metre", "m3", "m³", "cu m");
        add(all, "M3", 1e9, "bcm");
        add(all, "TIMES", 1, "fold");
        all.sort(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed());
        return List.copyOf(all);
    }

    private static void add(List<Phrase> all, String unit, double factor, String... phrases) {
        for (String phrase : phrases) {
            all.add(new Phrase(List.of(phrase.split(" ")), unit, factor));
        }
    }
}
