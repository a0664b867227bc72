package org.bilat.extract.figures;

import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bilat.nlp.Token;

/**
 * Currencies as texts write them, read into ISO 4217 codes: codes ("USD", "KZT"), symbols ("$", "€", "US$") and
 * names ("dollars", "yuan", "Hong Kong dollars", "US dollars"). Codes, symbols and names come from {@link Currency};
 * a short table adds the usual forms it lacks and picks the currency an ambiguous word ("dollar") means by default.
 */
final class MoneyUnits {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Last words of currency names that are also ordinary words, or units of something else. */
    private static final Set<String> NOT_NAMES = Set.copyOf(SPACES.splitAsStream(
                    "real sol rights currency code account silver platinum palladium gold unit mark pound kip dong tala"
                            + " rand pula loti won")
            .toList());
    /** The currency an ambiguous or missing name means by default. */
    private static final Map<String, String> USUAL_NAMES =
            pairs("dollar USD euro EUR ruble RUB rupee INR franc CHF renminbi CNY rmb CNY sterling GBP yuan CNY");

    /**
     * Currency names that are also common words ("won", "rand"): read as money only where the tagger marks them MONEY
     * ("5 trillion won").
     */
    private static final Map<String, String> TAGGED_NAMES = pairs("won KRW rand ZAR real BRL reais BRL");

    private static final Map<String, String> USUAL_SYMBOLS =
            pairs("US$ USD U.S.$ USD $ USD € EUR £ GBP RMB CNY ₽ RUB ₴ UAH ₸ KZT");
    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());
    private static final Map<String, String> SYMBOLS = symbols();
    private static final Map<String, String> NAMES = names();

    private MoneyUnits() {}

    /** The currency written at token {@code i} before a number ("$", "USD", "US $", "€"), or empty. */
    static Optional<UnitMatch> before(List<Token> tokens, int i, int end) {
        String text = tokens.get(i).text();
        if (i + 1 < end
                && (text.equals("US") || text.equals("U.S."))
                && tokens.get(i + 1).text().equals("$")) {
            return Optional.of(new UnitMatch("USD", 1, i, i + 1));
        }
        String code = SYMBOLS.containsKey(text) ? SYMBOLS.get(text) : isCode(text) ? text : null;
        return code == null ? Optional.empty() : Optional.of(new UnitMatch(code, 1, i, i));
    }

    /** The currency written from token {@code i} on after a number ("dollars", "Hong Kong dollars", "EUR"). */
    static Optional<UnitMatch> after(List<Token> tokens, int i, int end) {
        String tagged = TAGGED_NAMES.get(tokens.get(i).text());
        if (tagged != null && tokens.get(i).ner().equals("MONEY")) {
            return Optional.of(new UnitMatch(tagged, 1, i, i));
        }
        for (int last = Math.min(end - 1, i + 2); last >= i; last--) {
            String code = NAMES.get(name(tokens, i, last));
            if (code != null) {
                return Optional.of(new UnitMatch(code, 1, i, last));
            }
        }
        String text = tokens.get(i).text();
        return isCode(text) ? Optional.of(new UnitMatch(text, 1, i, i)) : Optional.empty();
    }

    /** Whether a token is an ISO 4217 code as written in upper case ("USD", "KZT"). */
    static boolean isCode(String text) {
        return text.length() == 3 && text.equals(text.toUpperCase(Locale.ROOT)) && CODES.contains(text);
    }

    private static Map<String, String> symbols() {
        Map<String, String> symbols = new HashMap<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            String symbol = c.getSymbol(Locale.ENGLISH);
            if (!symbol.equals(c.getCurrencyCode())) {
                symbols.putIfAbsent(symbol, c.getCurrencyCode());
            }
        }
        symbols.putAll(USUAL_SYMBOLS);
        return Map.copyOf(symbols);
    }

    /** Full names of current currencies ("us dollar"), their last words where only one has it ("yen"), usual names. */
    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        Map<String, String> byLastWord = new HashMap<>();
        Set<String> ambiguous = new HashSet<>(NOT_NAMES);
        for (Currency c : Currency.getAvailableCurrencies()) {
            String name = c.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (!name.contains("(")) {
                names.put(name, c.getCurrencyCode());
                String last = name.substring(name.lastIndexOf(' ') + 1);
                if (byLastWord.putIfAbsent(last, c.getCurrencyCode()) != null) {
                    ambiguous.add(last);
                }
            }
        }
        byLastWord.keySet().removeAll(ambiguous);
        byLastWord.forEach(names::putIfAbsent);
        names.putAll(USUAL_NAMES);
        return Map.copyOf(names);
    }

    private static Map<String, String> pairs(String list) {
        List<String> words = SPACES.splitAsStream(list).toList();
        Map<String, String> pairs = new HashMap<>();
        for (int k = 0; k + 1 < words.size(); k += 2) {
            pairs.put(words.get(k), words.get(k + 1));
        }
        return Map.copyOf(pairs);
    }

    /** Tokens {@code from..last} in lower case with the last word singular ("US dollars" is "us dollar"). */
    private static String name(List<Token> tokens, int from, int last) {
        StringBuilder name = new StringBuilder();
        for (int k = from; k <= last; k++) {
            String word = tokens.get(k).text().toLowerCase(Locale.ROOT).replace("rouble", "ruble");
            if (k == last && word.length() > 3 && word.endsWith("s")) {
                word = word.substring(0, word.length() - 1);
            }
            name.append(k == from ? "" : " ").append(word);
        }
        return name.toString();
    }
}
