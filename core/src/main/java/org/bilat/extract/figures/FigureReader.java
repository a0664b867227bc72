package org.bilat.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilat.extract.text.FactContext;
import org.bilat.nlp.Token;

/**
 * Reads the figure that starts at a token of one sentence: money ("EUR 4.1 billion", "8 billion rupees"), a number with
 * a unit ("450 km", "10-20 percent"), a multiple ("rose 12 times", "30-fold") or a count of things ("nine
 * frigates", "a dozen Kenyan firms", "teams of four and five").
 */
final class FigureReader {
    private static final Set<String> NOT_FIGURES = Set.of("DATE", "TIME", "DURATION", "SET", "ORDINAL");
    private static final Set<String> PHYSICAL = Set.of("KM", "KG", "HECTARE", "M3");
    private static final Set<String> RANGE_LINKS = Set.of("-", "–", "—", "to");
    private static final Pattern GARBLED = Pattern.compile("\\d[\\dOoIl.,]*[OoIl][\\dOoIl.,]*");
    private static final double MAX_PERCENT = 10000;

    private final FactContext context;
    private final List<Token> tokens;
    private final int start;
    private final int end;
    private final List<String> warnings;
    private final FigureCounts counts;
    private final CurrencyCountries countries;

    /** Reads the figures of the sentence {@code start..end}, with {@code states} the states its document names. */
    FigureReader(FactContext context, int start, int end, CurrencyCountries states, List<String> warnings) {
        this.context = context;
        this.tokens = context.text().tokens();
        this.start = start;
        this.end = end;
        this.warnings = warnings;
        this.counts = new FigureCounts(tokens, start, end);
        this.countries =
                states.inSentence(tokens.get(start).begin(), tokens.get(end - 1).end());
    }

    /** The figure whose first token is {@code i}, or empty. */
    Optional<Figure> read(int i) {
        Optional<Figure> money = money(i);
        if (money.isPresent()) {
            return money;
        }
        OptionalDouble fold = NumberWords.fold(tokens.get(i).text());
        if (fold.isPresent()) {
            return Optional.of(Figure.of(i, i, i, List.of(fold.getAsDouble()), "TIMES"));
        }
        Optional<NumberSpan> number = NumberReader.read(tokens, i, end);
        if (number.isEmpty()) {
            warnIfMalformed(i);
            return Optional.empty();
        }
        return measured(number.get());
    }

    /** "EUR 4.1 billion", "$5-7 bn", "£2 million": a currency written before its amount. */
    private Optional<Figure> money(int i) {
        Optional<UnitMatch> currency = MoneyUnits.before(tokens, i, end, countries);
        if (currency.isEmpty() || currency.get().last() + 1 >= end) {
            return Optional.empty();
        }
        Optional<NumberSpan> amount = amount(currency.get().last() + 1);
        if (amount.isEmpty() || (isName(amount.get()) && !isNamedWithCurrency(currency.get()))) {
            return Optional.empty();
        }
        List<NumberSpan> spans = withRange(amount.get());
        return Optional.of(Figure.of(
                i,
                last(spans).last(),
                amount.get().first(),
                values(spans, 1),
                currency.get().unit()));
    }

    /** The amount after a currency, with the short scales only money uses: "$5m", "€300 k". */
    private Optional<NumberSpan> amount(int j) {
        Optional<NumberSpan> span = NumberReader.read(tokens, j, end);
        if (span.isEmpty()) {
            OptionalDouble scaled = NumberWords.moneyDigits(tokens.get(j).text());
            return scaled.isPresent() ? Optional.of(new NumberSpan(j, j, scaled.getAsDouble())) : Optional.empty();
        }
        int after = span.get().last() + 1;
        double scale = after < end ? NumberWords.moneyScale(tokens.get(after).text()) : 0;
        return scale > 0 ? Optional.of(new NumberSpan(j, after, span.get().value() * scale)) : span;
    }

    private Optional<Figure> measured(NumberSpan number) {
        if (isName(number)) {
            return Optional.empty();
        }
        boolean dated = NOT_FIGURES.contains(tokens.get(number.first()).ner())
                && !(FigureGuards.isMisdated(tokens.get(number.first()))
                        && number.last() + 1 < end
                        && tokens.get(number.last() + 1).pos().equals("NNS"));
        List<NumberSpan> spans = withRange(number);
        Optional<UnitMatch> unit = unitAfter(last(spans).last() + 1);
        // "from 250 tons in 2023 to 370 tons": a year is not the first bound of a range
        if ((unit.isEmpty() || dated) && spans.size() > 1) {
            spans = List.of(number);
            unit = unitAfter(number.last() + 1);
        }
        if (unit.isPresent()) {
            return checked(spans, unit.get());
        }
        return dated ? Optional.empty() : counts.count(spans);
    }

    /** Whether a number names rather than measures: a date, a reference number, part of an entity's name. */
    private boolean isName(NumberSpan number) {
        return FigureGuards.isReference(tokens, number.first(), number.last(), start, end)
                || context.at(number.first()).isPresent();
    }

    /** "RMB 3 billion" that the tagger took for a name "RMB 3": a name that begins with the currency is the amount. */
    private boolean isNamedWithCurrency(UnitMatch currency) {
        return !FigureGuards.isReference(tokens, currency.last() + 1, currency.last() + 1, start, end)
                && context.at(currency.first()).isPresent()
                && context.at(currency.first()).equals(context.at(currency.last() + 1));
    }

    /** The number and, where a dash or "to" (or "and" after "between") links a second, that one too. */
    private List<NumberSpan> withRange(NumberSpan number) {
        int link = number.last() + 1;
        if (link + 1 >= end || !isRangeLink(link, number.first())) {
            return List.of(number);
        }
        Optional<NumberSpan> second = NumberReader.read(tokens, link + 1, end);
        if (second.isEmpty() || NOT_FIGURES.contains(tokens.get(link + 1).ner())) {
            return List.of(number);
        }
        double scale = scaleOf(second.get());
        double firstValue = scaleOf(number) == 1 && scale > 1 ? number.value() * scale : number.value();
        return List.of(new NumberSpan(number.first(), number.last(), firstValue), second.get());
    }

    private boolean isRangeLink(int link, int first) {
        String word = tokens.get(link).text().toLowerCase(Locale.ROOT);
        boolean between = first > start && tokens.get(first - 1).text().equalsIgnoreCase("between");
        return RANGE_LINKS.contains(word) || (between && word.equals("and"));
    }

    private double scaleOf(NumberSpan span) {
        double scale = 1;
        for (int k = span.first(); k <= span.last(); k++) {
            double s = NumberWords.scale(tokens.get(k).text());
            scale *= s > 0 ? s : 1;
        }
        return scale;
    }

    private Optional<UnitMatch> unitAfter(int j) {
        if (j >= end) {
            return Optional.empty();
        }
        return UnitWords.at(tokens, j, end)
                .or(() -> shortScaledMoney(j))
                .or(() -> MoneyUnits.after(tokens, j, end, countries))
                .or(() -> counts.multiple(j));
    }

    /** "2.5 m euros", "300 k dollars": a short scale money uses, then the currency's name. */
    private Optional<UnitMatch> shortScaledMoney(int j) {
        double scale = NumberWords.moneyScale(tokens.get(j).text());
        if (scale == 0 || j + 1 >= end) {
            return Optional.empty();
        }
        return MoneyUnits.after(tokens, j + 1, end, countries)
                .map(currency -> new UnitMatch(currency.unit(), scale, j, currency.last()));
    }

    /** The figure of numbers with a unit, unless its value is absurd (warned, with its position). */
    private Optional<Figure> checked(List<NumberSpan> spans, UnitMatch unit) {
        List<Double> values = values(spans, unit.factor());
        for (double value : values) {
            if (unit.unit().equals("PERCENT") && value > MAX_PERCENT) {
                warn(spans.get(0).first(), unit.last(), "a percentage over " + (long) MAX_PERCENT);
                return Optional.empty();
            }
            if (value < 0 && PHYSICAL.contains(unit.unit())) {
                warn(spans.get(0).first(), unit.last(), "a negative " + unit.unit());
                return Optional.empty();
            }
        }
        return Optional.of(
                Figure.of(spans.get(0).first(), unit.last(), spans.get(0).first(), values, unit.unit()));
    }

    /** "1,2,3 km", "9O km", "-5 km": a number that cannot be read, or a negative one, before a unit. */
    private void warnIfMalformed(int i) {
        String text = tokens.get(i).text();
        if (!NumberWords.isMalformed(text) && !GARBLED.matcher(text).matches()) {
            return;
        }
        Optional<UnitMatch> unit = i + 1 < end ? unitAfter(i + 1) : Optional.empty();
        boolean money = i > start && MoneyUnits.before(tokens, i - 1, end).isPresent();
        if (unit.isEmpty() && !money) {
            return;
        }
        boolean negative = text.startsWith("-") || text.startsWith("−");
        String what = negative && NumberWords.digits(text.substring(1)).isPresent()
                ? "a negative " + unit.map(UnitMatch::unit).orElse("amount")
                : "a malformed number";
        warn(i, unit.map(UnitMatch::last).orElse(i), what);
    }

    private void warn(int first, int last, String what) {
        warnings.add("token " + first + " (\"" + context.text().span(first, last) + "\"): " + what
                + ", not taken as a figure");
    }

    private static List<Double> values(List<NumberSpan> spans, double factor) {
        List<Double> values = new ArrayList<>();
        spans.forEach(span -> values.add(span.value() * factor));
        return values;
    }

    private static NumberSpan last(List<NumberSpan> spans) {
        return spans.get(spans.size() - 1);
    }
}
