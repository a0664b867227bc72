package org.bilat.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the two-column cue lists bundled under {@code /extract} (lines {@code key<TAB>value}, {@code #} comments). */
public final class Lexicon {
    private static final Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private Lexicon() {}

    /** "the", "a", "an", in any case. */
    public static boolean isArticle(String word) {
        return ARTICLES.contains(lower(word));
    }

    /** An ISO 4217 code ("USD", "BYN"): a unit in front of a figure, never a name. */
    public static boolean isCurrencyCode(String word) {
        return CURRENCY_CODES.contains(word);
    }

    public static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(Lexicon.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return rows;
    }

    public static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
