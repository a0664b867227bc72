package org.bilat.extract.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the currency a name several states share means ("pesos", "dinars", "rupees", "rials") from the countries
 * the text names: the country of those currencies the sentence names last before the amount, else first after it,
 * else the one the document names most. Countries and their currencies come from {@link Locale} and {@link Currency}
 * (ISO 3166 and ISO 4217).
 */
final class CurrencyCountries {
    /** Chooses nothing: the text names no country. */
    static final CurrencyCountries NONE = new CurrencyCountries("", 0, 0);

    private static final Map<String, List<String>> COUNTRIES_BY_CODE = countriesByCode();

    private final String document;
    private final int sentenceBegin;
    private final int sentenceEnd;

    /** Countries named in {@code document}, whose sentence at hand spans characters {@code begin..end}. */
    CurrencyCountries(String document, int begin, int end) {
        this.document = document;
        this.sentenceBegin = begin;
        this.sentenceEnd = end;
    }

    /** The one of {@code codes} whose country the text names nearest the currency written at character {@code at}. */
    Optional<String> pick(Collection<String> codes, int at) {
        String before = document.substring(sentenceBegin, Math.max(sentenceBegin, Math.min(at, sentenceEnd)));
        String after = document.substring(Math.max(sentenceBegin, Math.min(at, sentenceEnd)), sentenceEnd);
        return nearest(codes, before, true)
                .or(() -> nearest(codes, after, false))
                .or(() -> most(codes, document));
    }

    /** The code whose country {@code text} names last ({@code last}) or first, or empty. */
    private static Optional<String> nearest(Collection<String> codes, String text, boolean last) {
        String best = null;
        int bestAt = -1;
        for (String code : codes) {
            for (String country : COUNTRIES_BY_CODE.getOrDefault(code, List.of())) {
                int at = last ? lastWhole(text, country) : firstWhole(text, country);
                if (at >= 0 && (bestAt < 0 || (last ? at > bestAt : at < bestAt))) {
                    best = code;
                    bestAt = at;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The code whose countries {@code text} names most often, unless none is named or two are named equally. */
    private static Optional<String> most(Collection<String> codes, String text) {
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (String code : codes) {
            int count = 0;
            for (String country : COUNTRIES_BY_CODE.getOrDefault(code, List.of())) {
                count += occurrences(text, country);
            }
            if (count > bestCount) {
                best = code;
                bestCount = count;
                tie = false;
            } else if (count > 0 && count == bestCount) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    private static int firstWhole(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (isWhole(text, at, name)) {
                return at;
            }
        }
        return -1;
    }

    private static int lastWhole(String text, String name) {
        for (int at = text.lastIndexOf(name); at >= 0; at = text.lastIndexOf(name, at - 1)) {
            if (isWhole(text, at, name)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isWhole(String text, int at, String name) {
        int after = at + name.length();
        return (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                && (after >= text.length() || !Character.isLetter(text.charAt(after)));
    }

    /** How often {@code name} stands in {@code text} as whole words. */
    private static int occurrences(String text, String name) {
        int count = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            count += isWhole(text, at, name) ? 1 : 0;
        }
        return count;
    }

    /** The English names of the countries that use each current currency ("MXN": Mexico). */
    private static Map<String, List<String>> countriesByCode() {
        Map<String, List<String>> countries = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(iso).build();
            Currency currency;
            try {
                currency = Currency.getInstance(country);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (currency == null) {
                continue;
            }
            String name = country.getDisplayCountry(Locale.ENGLISH);
            int paren = name.indexOf(" (");
            countries
                    .computeIfAbsent(currency.getCurrencyCode(), code -> new ArrayList<>())
                    .add(paren > 0 ? name.substring(0, paren) : name);
        }
        countries.replaceAll((code, names) -> List.copyOf(names));
        return Map.copyOf(countries);
    }

    /** The codes of the currencies some country uses now (not "DEM", "ITL"). */
    static boolean isCurrent(String code) {
        return COUNTRIES_BY_CODE.containsKey(code);
    }
}
