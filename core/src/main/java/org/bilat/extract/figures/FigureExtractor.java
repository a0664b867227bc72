package org.bilat.extract.figures;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bilat.extract.text.FactContext;
import org.bilat.model.Evidence;
import org.bilat.model.Quantity;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds the figures of a document that measure something: money, percentages, distances, masses, areas, volumes,
 * multiples and counts of things, each with what it measures, its qualifier, the entities it is about, its date and
 * the clause that states it. A figure the document repeats in a later sentence (same value, unit, measured noun and
 * entities) is kept once.
 */
public final class FigureExtractor {
    private static final Pattern SPACE = Pattern.compile(" ");

    public List<Quantity> extract(FactContext context, List<String> warnings) {
        AnnotatedText text = context.text();
        List<Quantity> found = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        CurrencyCountries states = CurrencyCountries.of(context);
        for (int s = 0; s < text.sentenceCount(); s++) {
            for (Quantity quantity : inSentence(context, s, states, warnings)) {
                if (!toldBefore(quantity, s, found, sentences)) {
                    found.add(quantity);
                    sentences.add(s);
                }
            }
        }
        return found;
    }

    /**
     * Whether an earlier sentence gave the same figure: same value and unit, dates that overlap, and either the same
     * measured noun with an entity in common (or none on either side), or a value too specific to recur by chance
     * (a headline's "1.6-fold" or "51 percent" that the body repeats in other words).
     */
    private static boolean toldBefore(Quantity quantity, int sentence, List<Quantity> found, List<Integer> sentences) {
        for (int k = 0; k < found.size(); k++) {
            Quantity earlier = found.get(k);
            if (sentences.get(k) != sentence
                    && earlier.unit().equals(quantity.unit())
                    && earlier.value() == quantity.value()
                    && (isSpecific(quantity)
                            || (head(earlier).equals(head(quantity)) && shareSubjects(earlier, quantity)))
                    && datesOverlap(earlier.date(), quantity.date())) {
                return true;
            }
        }
        return false;
    }

    private static List<Quantity> inSentence(
            FactContext context, int s, CurrencyCountries states, List<String> warnings) {
        AnnotatedText text = context.text();
        int start = text.sentenceStarts().get(s);
        int end = start + text.sentence(s).size();
        if (FigureGuards.isAsideLine(text.text(), text.tokens().get(start).begin())) {
            return List.of();
        }
        FigureReader reader = new FigureReader(context, start, end, states, warnings);
        List<Quantity> found = new ArrayList<>();
        for (int i = start; i < end; i++) {
            Optional<Figure> figure = reader.read(i);
            if (figure.isEmpty()) {
                continue;
            }
            if (FigureGuards.isDailyRate(text.tokens(), figure.get().last() + 1, end)) {
                i = figure.get().last();
                continue;
            }
            if (figure.get().values().stream().allMatch(Double::isFinite)) {
                found.addAll(quantities(context, figure.get(), start, end));
            } else {
                warnings.add("token " + i + " (\"" + text.span(i, figure.get().last()) + "\"): a number too large");
            }
            i = figure.get().last();
        }
        return found;
    }

    private static List<Quantity> quantities(FactContext context, Figure figure, int start, int end) {
        List<Token> tokens = context.text().tokens();
        Optional<FigureQualifier.Found> qualifier = FigureQualifier.before(tokens, figure.first(), start);
        int leftmost = qualifier.map(FigureQualifier.Found::first).orElse(figure.first());
        Optional<FigureSpan> measured = new FigureMeasure(tokens, start, end).find(figure, leftmost);
        String measure = measured.map(m -> words(context.text().span(m.first(), m.last())))
                .orElse(FigureMeasure.fallback(figure.unit()));
        FigureClause clause = new FigureClause(context, start, end);
        FigureSpan stated = clause.evidence(
                Math.min(leftmost, measured.map(FigureSpan::first).orElse(leftmost)),
                Math.max(figure.last(), measured.map(FigureSpan::last).orElse(figure.last())));
        List<String> subjects = clause.subjects(new FigureSpan(figure.first(), figure.last()), stated);
        String date = context.dates().dateFor(figure.number(), figure.last()).orElse(null);
        String bound = qualifier.map(FigureQualifier.Found::phrase).orElse(null);
        Evidence evidence = evidence(context, stated);
        return figure.values().stream()
                .map(value -> new Quantity(value, figure.unit(), measure, bound, subjects, date, evidence))
                .toList();
    }

    private static Evidence evidence(FactContext context, FigureSpan span) {
        List<Token> tokens = context.text().tokens();
        return Evidence.of(
                context.text().text(),
                tokens.get(span.first()).begin(),
                tokens.get(span.last()).end());
    }

    /**
     * Whether a value is specific enough that a document giving it twice gives one figure: not a count (small counts
     * recur) and with at least two significant digits, the last not 0 or 5 ("1.6", "51", "312.51 million"; not "50",
     * "2.5", "5 billion").
     */
    static boolean isSpecific(Quantity quantity) {
        if (quantity.unit().equals("COUNT")) {
            return false;
        }
        BigInteger digits = BigDecimal.valueOf(Math.abs(quantity.value()))
                .stripTrailingZeros()
                .unscaledValue();
        return digits.compareTo(BigInteger.TEN) >= 0
                && digits.mod(BigInteger.valueOf(5)).signum() != 0;
    }

    /** The measure's main noun: its last word, or the last before "of", "to", "in" ("exports" of "exports to X"). */
    private static String head(Quantity quantity) {
        List<String> words = List.of(SPACE.split(quantity.measure().toLowerCase(Locale.ROOT)));
        for (int k = 1; k < words.size(); k++) {
            if (FigureMeasure.LINKS.contains(words.get(k))) {
                return words.get(k - 1);
            }
        }
        return words.get(words.size() - 1);
    }

    private static boolean shareSubjects(Quantity a, Quantity b) {
        return (a.subjects().isEmpty() && b.subjects().isEmpty())
                || a.subjects().stream().anyMatch(b.subjects()::contains);
    }

    /** Whether two schema dates ("2022", "2022/2024", "2022-05") share a year; an unknown date overlaps any. */
    private static boolean datesOverlap(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return true;
        }
        return year(a, 0).compareTo(year(b, 1)) <= 0 && year(b, 0).compareTo(year(a, 1)) <= 0;
    }

    /** The year a date starts ({@code end} 0) or ends (1) in. */
    private static String year(String date, int end) {
        int slash = date.indexOf('/');
        String part = slash < 0 ? date : end == 0 ? date.substring(0, slash) : date.substring(slash + 1);
        return part.length() >= 4 ? part.substring(0, 4) : part;
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
