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
 * Currencies as texts write them, read into ISO 4217 codes: codes ("USD", "KZT"), symbols ("$", "€", "US$",
 * "Rs") and names ("dollars", "yuan", "Hong Kong dollars", "kroner"). Codes, symbols and names come from {@link
 * Currency}; short tables add the usual forms and spellings it lacks. A name several states' currencies share
 * ("pesos", "dinars") is read by the country the text names ({@link CurrencyCountries}), else by its usual currency
 * where it has one ("dollar" is USD, "rupee" INR).
 */
final class MoneyUnits {
    /**
     * Currency names read into codes.
     *
     * @param names names one currency has ("us dollar", "yen", the usual "dollar")
     * @param shared last words several current currencies have ("peso", "dinar"), with their codes
     */
    private record CurrencyNames(Map<String, String> names, Map<String, Set<String>> shared) {}

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A name's abbreviation written with full stops ("u.s." of "U.S. dollars"), read as without them. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{L}\\.){2,}");
    /** Last words of currency names that are also ordinary words, or units of something else. */
    private static final Set<String> NOT_NAMES = Set.copyOf(SPACES.splitAsStream(
                    "real sol rights currency code account silver platinum palladium gold unit mark pound kip dong tala"
                            + " rand pula loti won")
            .toList());
    /** The currency an ambiguous or missing name means where the text names none of its countries. */
    private static final Map<String, String> USUAL_NAMES = pairs("dollar USD euro EUR ruble RUB rupee INR franc CHF"
            + " renminbi CNY rmb CNY sterling GBP yuan CNY rial SAR");
    /** Names that mean their usual currency whatever countries the text names ("dollars" are US dollars). */
    private static final Set<String> ALWAYS_USUAL = Set.of("dollar");
    /**
     * Other spellings of currency names, plural forms that do not end in "s", and the forms other languages give
     * them in English texts ("kroner", "lei", "soum", "riyal", "eura").
     */
    private static final Map<String, String> SPELLINGS = pairs("rouble ruble riyal rial kroner krone kronor krona"
            + " korun koruna koruny koruna lei leu leva lev lire lira soum som zlotys zloty złoty zloty hryvna hryvnia"
            + " piso peso eura euro evra euro dolar dollar dolara dollar dolari dollar");
    /** Symbols several currencies share ("Rs" for the rupees of South Asia), with the name they stand for. */
    private static final Map<String, String> SHARED_SYMBOLS = pairs("Rs rupee Rs. rupee");

    /**
     * Currency names that are also common words ("won", "rand"): read as money only where the tagger marks them MONEY
     * ("5 trillion won").
     */
    private static final Map<String, String> TAGGED_NAMES = pairs("won KRW rand ZAR real BRL reais BRL");

    private static final Map<String, String> USUAL_SYMBOLS = pairs("US$ USD U.S.$ USD $ USD € EUR £ GBP RMB CNY ₽ RUB"
            + " ₴ UAH ₸ KZT ₺ TRY ₹ INR ₦ NGN ₩ KRW ₪ ILS ₼ AZN ₾ GEL");
    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());
    private static final Map<String, String> SYMBOLS = symbols();
    private static final CurrencyNames CURRENCY_NAMES = currencyNames();

    private MoneyUnits() {}

    /** The currency written at token {@code i} before a number ("$", "USD", "US $", "€"), or empty. */
    static Optional<UnitMatch> before(List<Token> tokens, int i, int end) {
        return before(tokens, i, end, CurrencyCountries.NONE);
    }

    /** As {@link #before(List, int, int)}, a symbol several currencies share ("Rs") read by the countries named. */
    static Optional<UnitMatch> before(List<Token> tokens, int i, int end, CurrencyCountries countries) {
        String text = tokens.get(i).text();
        if (i + 1 < end
                && (text.equals("US") || text.equals("U.S."))
                && tokens.get(i + 1).text().equals("$")) {
            return Optional.of(new UnitMatch("USD", 1, i, i + 1));
        }
        String shared = SHARED_SYMBOLS.get(text);
        if (shared != null) {
            return byName(shared, countries, tokens.get(i).begin()).map(code -> new UnitMatch(code, 1, i, i));
        }
        String code = SYMBOLS.containsKey(text) ? SYMBOLS.get(text) : isCode(text) ? text : null;
        return code == null ? Optional.empty() : Optional.of(new UnitMatch(code, 1, i, i));
    }

    /** The currency written from token {@code i} on after a number ("dollars", "Hong Kong dollars", "EUR"). */
    static Optional<UnitMatch> after(List<Token> tokens, int i, int end) {
        return after(tokens, i, end, CurrencyCountries.NONE);
    }

    /** As {@link #after(List, int, int)}, a name several currencies share ("pesos") read by the countries named. */
    static Optional<UnitMatch> after(List<Token> tokens, int i, int end, CurrencyCountries countries) {
        String tagged = TAGGED_NAMES.get(tokens.get(i).text());
        if (tagged != null && tokens.get(i).ner().equals("MONEY")) {
            return Optional.of(new UnitMatch(tagged, 1, i, i));
        }
        for (int last = Math.min(end - 1, i + 2); last >= i; last--) {
            Optional<String> code =
                    byName(name(tokens, i, last), countries, tokens.get(i).begin());
            if (code.isPresent()) {
                return Optional.of(new UnitMatch(code.get(), 1, i, last));
            }
        }
        String text = tokens.get(i).text();
        return isCode(text) ? Optional.of(new UnitMatch(text, 1, i, i)) : Optional.empty();
    }

    /** Whether a word (a token's lemma or text) names a currency, in any of its forms ("pesos", "kroner", "yuan"). */
    static boolean isCurrencyWord(String word) {
        String name = canonical(word.toLowerCase(Locale.ROOT), true);
        return CURRENCY_NAMES.names().containsKey(name)
                || CURRENCY_NAMES.shared().containsKey(name);
    }

    /** Whether a token is an ISO 4217 code as written in upper case ("USD", "KZT"). */
    static boolean isCode(String text) {
        return text.length() == 3 && text.equals(text.toUpperCase(Locale.ROOT)) && CODES.contains(text);
    }

    /** The code a name means: its one currency, or among those sharing it the one whose country the text names. */
    private static Optional<String> byName(String name, CurrencyCountries countries, int at) {
        String code = CURRENCY_NAMES.names().get(name);
        if (code != null) {
            return Optional.of(code);
        }
        Set<String> shared = CURRENCY_NAMES.shared().get(name);
        String usual = USUAL_NAMES.get(name);
        if (usual != null && (shared == null || ALWAYS_USUAL.contains(name))) {
            return Optional.of(usual);
        }
        if (shared == null) {
            return Optional.empty();
        }
        return countries.pick(shared, at).or(() -> Optional.ofNullable(usual));
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

    /**
     * Full names of currencies ("us dollar"), their last words where only one currency, or one current currency, has
     * it ("yen", "kuna", "lira"), those several current ones share ("peso"), and the usual names. Names are kept in the spelling {@link #canonical} gives.
     */
    private static CurrencyNames currencyNames() {
        Map<String, String> names = new HashMap<>();
        Map<String, Set<String>> byLastWord = new HashMap<>();
        Map<String, Set<String>> currentByLastWord = new HashMap<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            String display = c.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (display.contains("(")) {
                continue;
            }
            List<String> words = SPACES.splitAsStream(display)
                    .map(word -> canonical(word, false))
                    .toList();
            names.put(String.join(" ", words), c.getCurrencyCode());
            String last = words.get(words.size() - 1);
            if (!NOT_NAMES.contains(last)) {
                byLastWord.computeIfAbsent(last, w -> new HashSet<>()).add(c.getCurrencyCode());
                if (CurrencyCountries.isCurrent(c.getCurrencyCode())) {
                    currentByLastWord
                            .computeIfAbsent(last, w -> new HashSet<>())
                            .add(c.getCurrencyCode());
                }
            }
        }
        Map<String, Set<String>> shared = new HashMap<>();
        byLastWord.forEach((last, codes) -> {
            Set<String> current = currentByLastWord.getOrDefault(last, Set.of());
            if (codes.size() == 1 || current.size() == 1) {
                names.putIfAbsent(
                        last,
                        codes.size() == 1
                                ? codes.iterator().next()
                                : current.iterator().next());
            } else if (current.size() > 1) {
                shared.put(last, Set.copyOf(current));
            }
        });
        USUAL_NAMES.forEach((name, code) -> {
            if (!shared.containsKey(name)) {
                names.put(name, code);
            }
        });
        return new CurrencyNames(Map.copyOf(names), Map.copyOf(shared));
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
            String word = canonical(tokens.get(k).text().toLowerCase(Locale.ROOT), k == last);
            name.append(k == from ? "" : " ").append(word);
        }
        return name.toString();
    }

    /** A lower-case word in the spelling the lexicon keeps, made singular where {@code plural} may be written. */
    private static String canonical(String written, boolean plural) {
        String word = ABBREVIATION.matcher(written).matches() ? written.replace(".", "") : written;
        String singular = plural && word.length() > 3 && word.endsWith("s") && !SPELLINGS.containsKey(word)
                ? word.substring(0, word.length() - 1)
                : word;
        return SPELLINGS.getOrDefault(singular, singular);
    }
}
