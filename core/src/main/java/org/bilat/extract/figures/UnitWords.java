package org.bilat.extract.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bilat.nlp.Token;

/**
 * The units of measure a number may be followed by, in the schema's units: percentages, distances (to km), masses
 * (to kg), areas (to hectares), volumes (to cubic metres), power (to watts) and containers (counted, as TEU).
 * Energy (MWh), speeds and barrels have no schema unit and are left out on purpose.
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
        // "85 procent": the word for percent in Polish, Czech, Slovak, Serbo-Croatian, Dutch and Nordic texts.
        add(all, "PERCENT", 1, "procent", "procenata", "procenta");
        add(all, "KM", 1, "km", "kilometers", "kilometres", "kilometer", "kilometre");
        add(all, "KM", 1.609344, "miles", "mile");
        add(all, "KM", 1.852, "nautical miles", "nautical mile");
        add(all, "KM", 0.001, "meters", "metres", "meter", "metre");
        add(all, "KG", 1, "kg", "kilograms", "kilogram", "kilogrammes", "kilogramme", "kilos");
        add(all, "KG", 1000, "tonnes", "tonne", "tons", "ton", "metric tons", "metric tonnes");
        add(all, "KG", 0.001, "grams", "gram", "grammes");
        add(all, "HECTARE", 1, "hectares", "hectare", "ha");
        add(all, "HECTARE", 100, "square kilometers", "square kilometres", "sq km", "sq. km", "km2", "km²");
        add(all, "HECTARE", 1e-4, "square meters", "square metres", "square meter", "square metre", "sq m", "sq. m");
        add(all, "HECTARE", 1e-4, "sqm", "m2", "m²");
        add(all, "HECTARE", 258.998811, "square miles", "square mile", "sq mi");
        add(all, "HECTARE", 0.40468564, "acres", "acre");
        add(all, "M3", 1, "cubic meters", "cubic metres", "cubic meter", "cubic metre", "m3", "m³", "cu m");
        add(all, "M3", 1e9, "bcm");
        // gas volumes in short forms: million / trillion cubic metres, billion / trillion cubic feet
        add(all, "M3", 1e6, "mcm");
        add(all, "M3", 1e12, "tcm");
        add(all, "M3", 0.0283168466, "cubic feet", "cubic foot");
        add(all, "M3", 2.83168466e7, "bcf");
        add(all, "M3", 2.83168466e10, "tcf");
        // power, as plant and reactor capacities are given ("1,200 MW", "2 GW"); MWh (energy) is not power
        add(all, "W", 1, "watts", "watt");
        add(all, "W", 1e3, "kw", "kilowatts", "kilowatt");
        add(all, "W", 1e6, "mw", "mwe", "megawatts", "megawatt");
        add(all, "W", 1e9, "gw", "gwe", "gigawatts", "gigawatt");
        // containers are counted in twenty-foot equivalent units ("600,000 TEU")
        add(all, "COUNT", 1, "teu", "teus", "20 - foot equivalent units", "twenty - foot equivalent units");
        add(all, "COUNT", 1, "20-foot equivalent units", "twenty-foot equivalent units");
        add(all, "TIMES", 1, "fold", "folds");
        all.sort(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed());
        return List.copyOf(all);
    }

    private static void add(List<Phrase> all, String unit, double factor, String... phrases) {
        for (String phrase : phrases) {
            all.add(new Phrase(List.of(phrase.split(" ")), unit, factor));
        }
    }
}
