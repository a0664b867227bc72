package org.bilat.extract.figures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.bilat.nlp.Token;

/**
 * Reads the number that starts at a token: digits ("1,250", "3.14"), number words ("eight", "two hundred and
 * fifty", "twenty-five"), "a dozen", and the scale words after them ("4.5 thousand", "2 bn").
 */
final class NumberReader {
    private static final Set<String> NOT_FIGURES = Set.of("DATE", "TIME", "DURATION", "SET");
    private final List<Token> tokens;
    private final int end;
    private int next;
    private double total;
    private double current;
    private boolean afterTens;
    private boolean afterMultiplier;
    private boolean digitsStart;

    private NumberReader(List<Token> tokens, int start, int end) {
        this.tokens = tokens;
        this.end = end;
        this.next = start;
    }

    /** The number starting at token {@code start}, read no further than token {@code end} (exclusive), or empty. */
    static Optional<NumberSpan> read(List<Token> tokens, int start, int end) {
        NumberReader reader = new NumberReader(tokens, start, end);
        if (!reader.first()) {
            return Optional.empty();
        }
        while (reader.next < end && reader.step()) {
            reader.next++;
        }
        return Optional.of(new NumberSpan(start, reader.next - 1, reader.total + reader.current));
    }

    private boolean first() {
        String text = tokens.get(next).text();
        OptionalDouble digits = NumberWords.digits(text);
        OptionalDouble word = NumberWords.word(text);
        if (digits.isEmpty() && word.isEmpty()) {
            return article();
        }
        current = digits.isPresent() ? digits.getAsDouble() : word.getAsDouble();
        digitsStart = digits.isPresent();
        afterTens = NumberWords.isTens(text);
        next++;
        while (digitsStart && isSpacedThousands(next)) {
            current = current * 1000 + Integer.parseInt(tokens.get(next).text());
            next++;
        }
        if (digitsStart && isSpacedDecimal(next)) {
            String decimals = tokens.get(next + 1).text();
            current += Integer.parseInt(decimals) / Math.pow(10, decimals.length());
            next += 2;
        }
        return true;
    }

    /** "a dozen", "a hundred", "a million": the article stands for one. */
    private boolean article() {
        String lower = tokens.get(next).text().toLowerCase(Locale.ROOT);
        if ((lower.equals("a") || lower.equals("an")) && next + 1 < end && isScaleOrMultiplier(next + 1)) {
            current = 1;
            next++;
            return true;
        }
        return false;
    }

    /** Takes token {@code next} into the number when it continues it; false where the number ends. */
    private boolean step() {
        String text = tokens.get(next).text();
        double multiplier = NumberWords.multiplier(text);
        double scale = NumberWords.scale(text);
        if (multiplier > 0) {
            current = (current == 0 ? 1 : current) * multiplier;
            afterTens = false;
            afterMultiplier = true;
            return true;
        }
        if (scale > 0) {
            total += (current == 0 ? 1 : current) * scale;
            current = 0;
            afterTens = false;
            afterMultiplier = true;
            return true;
        }
        return wordPart(text);
    }

    /** "five" after "twenty", "fifty" after "two hundred (and)", "-five" after "twenty". */
    private boolean wordPart(String text) {
        if (digitsStart) {
            return false;
        }
        if (afterTens && isAttachedDash(next) && next + 1 < end) {
            return hyphenedUnit();
        }
        if (afterMultiplier && text.equalsIgnoreCase("and") && next + 1 < end && isWord(next + 1)) {
            return true;
        }
        OptionalDouble word = NumberWords.word(text);
        if (word.isEmpty() || !(afterTens || afterMultiplier) || (afterTens && word.getAsDouble() >= 10)) {
            return false;
        }
        current += word.getAsDouble();
        afterTens = NumberWords.isTens(text);
        afterMultiplier = false;
        return true;
    }

    /** "-five" of "twenty - five", written as three tokens. */
    private boolean hyphenedUnit() {
        OptionalDouble unit = NumberWords.word(tokens.get(next + 1).text());
        if (unit.isEmpty() || unit.getAsDouble() >= 10) {
            return false;
        }
        current += unit.getAsDouble();
        afterTens = false;
        next++;
        return true;
    }

    /** "10 000": a group of three digits written after a number with one space, as some styles write thousands. */
    private boolean isSpacedThousands(int index) {
        if (index >= end) {
            return false;
        }
        Token before = tokens.get(index - 1);
        Token group = tokens.get(index);
        return before.text().matches("\\d{1,3}")
                && group.text().matches("\\d{3}")
                && group.begin() == before.end() + 1
                && !group.ner().equals("DATE");
    }

    /**
     * "667, 8 milion": a decimal comma written with a space after it, as some translations do; only before a scale
     * word, where a list of numbers cannot stand, and not after a year ("in 2019, 12 million").
     */
    private boolean isSpacedDecimal(int comma) {
        if (comma + 2 >= end) {
            return false;
        }
        Token before = tokens.get(comma - 1);
        Token mark = tokens.get(comma);
        Token decimals = tokens.get(comma + 1);
        return mark.text().equals(",")
                && mark.begin() == before.end()
                && before.text().matches("\\d{1,3}")
                && !NOT_FIGURES.contains(before.ner())
                && decimals.text().matches("\\d{1,2}")
                && decimals.begin() == mark.end() + 1
                && NumberWords.scale(tokens.get(comma + 2).text()) > 0;
    }

    private boolean isWord(int index) {
        return NumberWords.word(tokens.get(index).text()).isPresent();
    }

    private boolean isScaleOrMultiplier(int index) {
        String text = tokens.get(index).text();
        return NumberWords.scale(text) > 0 || NumberWords.multiplier(text) > 0;
    }

    private boolean isAttachedDash(int index) {
        Token dash = tokens.get(index);
        return dash.text().equals("-")
                && tokens.get(index - 1).end() == dash.begin()
                && index + 1 < tokens.size()
                && tokens.get(index + 1).begin() == dash.end();
    }
}
