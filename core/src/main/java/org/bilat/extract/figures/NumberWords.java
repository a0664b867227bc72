package org.bilat.extract.figures;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The values of digit strings, number words and scale words: "1,250.5", "twenty", "dozen", "billion", "bn". */
final class NumberWords {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    /**
     * Continental forms that cannot be read as English ones: a decimal comma with one or two digits after it ("3,5",
     * "667,8"; thousands groups have three) and thousands dots in two or more groups ("1.200.000").
     */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");

    private static final Pattern THOUSANDS_DOTS = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2,}");
    private static final Pattern SCALED =
            Pattern.compile("(\\d+(?:\\.\\d+)?)(bn|bln|mln|mn|tn|trn)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_SCALED = Pattern.compile("(\\d+(?:\\.\\d+)?)([mk])");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+−–]?[\\d.,]*\\d[\\d.,]*");
    private static final Pattern FOLD = Pattern.compile("(.+?)-?fold");
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety",
            90);
    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("thousand", 1e3),
            Map.entry("million", 1e6),
            Map.entry("billion", 1e9),
            Map.entry("trillion", 1e12),
            // thousands as agency wires shorten them ("268.1 thsd tonnes")
            Map.entry("thsd", 1e3),
            Map.entry("ths", 1e3),
            Map.entry("thsd.", 1e3),
            Map.entry("mln", 1e6),
            Map.entry("mn", 1e6),
            Map.entry("bn", 1e9),
            Map.entry("bln", 1e9),
            Map.entry("tn", 1e12),
            Map.entry("trn", 1e12),
            // the same short forms written with a full stop ("5 mln. tonnes")
            Map.entry("mln.", 1e6),
            Map.entry("bln.", 1e9),
            Map.entry("bn.", 1e9),
            // the forms translations from Slavic, Romance and German texts keep ("412,5 milion", "3 mlrd", "5 Mio.")
            Map.entry("milion", 1e6),
            Map.entry("miliona", 1e6),
            Map.entry("milijuna", 1e6),
            Map.entry("milionów", 1e6),
            Map.entry("mio", 1e6),
            Map.entry("mio.", 1e6),
            Map.entry("milliard", 1e9),
            Map.entry("milliards", 1e9),
            Map.entry("miliard", 1e9),
            Map.entry("miliarda", 1e9),
            Map.entry("miliardy", 1e9),
            Map.entry("milijarda", 1e9),
            Map.entry("milijardi", 1e9),
            Map.entry("mlrd", 1e9),
            Map.entry("mlrd.", 1e9),
            Map.entry("mrd", 1e9),
            Map.entry("mrd.", 1e9),
            // the South Asian scale words of Indian and Pakistani texts ("Rs 500 crore")
            Map.entry("lakh", 1e5),
            Map.entry("lakhs", 1e5),
            Map.entry("crore", 1e7),
            Map.entry("crores", 1e7));

    private NumberWords() {}

    /** The value of a digit string in its usual form ("31", "3.14", "1,250,000"), or empty. */
    static OptionalDouble digits(String token) {
        if (DIGITS.matcher(token).matches()) {
            return OptionalDouble.of(Double.parseDouble(token.replace(",", "")));
        }
        if (DECIMAL_COMMA.matcher(token).matches()) {
            return OptionalDouble.of(Double.parseDouble(token.replace(',', '.')));
        }
        if (THOUSANDS_DOTS.matcher(token).matches()) {
            return OptionalDouble.of(Double.parseDouble(token.replace(".", "")));
        }
        Matcher scaled = SCALED.matcher(token);
        if (scaled.matches()) {
            return OptionalDouble.of(Double.parseDouble(scaled.group(1)) * scale(scaled.group(2)));
        }
        return OptionalDouble.empty();
    }

    /** Whether a token is made of digits, separators and a sign but is not a number in its usual form ("1,2,3"). */
    static boolean isMalformed(String token) {
        return NUMBER_LIKE.matcher(token).matches() && digits(token).isEmpty();
    }

    /** The value of a number word below a hundred ("seven", "twenty-five", "Eight"), or empty. */
    static OptionalDouble word(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        Integer small = SMALL.get(lower);
        if (small != null) {
            return OptionalDouble.of(small);
        }
        Integer tens = TENS.get(lower);
        if (tens != null) {
            return OptionalDouble.of(tens);
        }
        int dash = lower.indexOf('-');
        if (dash > 0) {
            Integer ten = TENS.get(lower.substring(0, dash));
            Integer unit = SMALL.get(lower.substring(dash + 1));
            if (ten != null && unit != null && unit < 10) {
                return OptionalDouble.of(ten + unit);
            }
        }
        return OptionalDouble.empty();
    }

    /** Whether a word is a tens word that a units word may follow after a hyphen ("twenty" of "twenty-five"). */
    static boolean isTens(String token) {
        return TENS.containsKey(token.toLowerCase(Locale.ROOT));
    }

    /** The factor of a scale word ("thousand" 1000, "bn" 1e9), or 0 when it is none. */
    static double scale(String token) {
        return SCALES.getOrDefault(token.toLowerCase(Locale.ROOT), 0.0);
    }

    /** The factor of the short scales money is written with ("$5 m", "€300 k"), or 0. */
    static double moneyScale(String token) {
        return switch (token) {
            case "m" -> 1e6;
            case "k" -> 1e3;
            default -> 0;
        };
    }

    /** The value of an amount written with a short scale in one token ("5m", "300k"), or empty. */
    static OptionalDouble moneyDigits(String token) {
        Matcher m = SHORT_SCALED.matcher(token);
        return m.matches()
                ? OptionalDouble.of(Double.parseDouble(m.group(1)) * moneyScale(m.group(2)))
                : OptionalDouble.empty();
    }

    /** The factor a multiplier word stands for: "hundred" 100, "dozen" 12; or 0. */
    static double multiplier(String token) {
        return switch (token.toLowerCase(Locale.ROOT)) {
            case "hundred" -> 100;
            case "dozen" -> 12;
            default -> 0;
        };
    }

    /** The multiple a "-fold" word names ("threefold" 3, "30-fold" 30), or empty. */
    static OptionalDouble fold(String token) {
        Matcher m = FOLD.matcher(token.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        OptionalDouble digits = digits(m.group(1));
        return digits.isPresent() ? digits : word(m.group(1));
    }
}
