package org.bilat.extract.figures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bilat.nlp.Token;

/**
 * Where the words stand that say what a figure measures: the nouns a count counts ("nine battalions of the navy"),
 * a noun right after the unit ("EUR 2 billion credit", "40 percent rise"), the "of" phrase after it ("30% of grain
 * imports"), or the noun phrase the clause puts before it ("a budget gap that widened to almost $3 billion").
 */
final class FigureMeasure {
    /** Prepositions that join a measured noun to the phrase it takes ("exports to China"). */
    static final Set<String> LINKS = Set.of("of", "to", "from", "in", "for", "with", "between");

    private static final int MAX_SKIPPED = 6;
    private static final Set<String> TIME_WORDS = Set.of("year", "month", "week", "day", "quarter", "annum");

    private final List<Token> tokens;
    private final int start;
    private final int end;

    FigureMeasure(List<Token> tokens, int start, int end) {
        this.tokens = tokens;
        this.start = start;
        this.end = end;
    }

    /** The measure's tokens for {@code figure}, whose words begin at {@code leftmost} (a qualifier), or empty. */
    Optional<FigureSpan> find(Figure figure, int leftmost) {
        if (figure.isCount()) {
            return Optional.of(withOf(new FigureSpan(figure.countedFirst(), figure.countedLast())));
        }
        return after(figure.last() + 1).or(() -> before(leftmost - 1));
    }

    /** The unit's name for what a figure measures when the text gives no noun for it. */
    static String fallback(String unit) {
        return switch (unit) {
            case "PERCENT" -> "share";
            case "KM" -> "distance";
            case "KG" -> "mass";
            case "HECTARE" -> "area";
            case "M3" -> "volume";
            case "W" -> "capacity";
            case "TIMES" -> "multiple";
            case "COUNT" -> "count";
            default -> "amount";
        };
    }

    /** "EUR 2 billion credit", "100% foreign capital", "40 percent of the budget". */
    private Optional<FigureSpan> after(int j) {
        if (j >= end) {
            return Optional.empty();
        }
        if (lower(j).equals("of")) {
            int last = FigureNouns.phraseEnd(tokens, j + 1, end);
            if (last < 0 || tokens.get(last).ner().equals("DATE")) {
                return Optional.empty();
            }
            return Optional.of(withOf(new FigureSpan(firstAfterDeterminer(j + 1), last)));
        }
        Token next = tokens.get(j);
        if (!FigureNouns.isNoun(next) && !next.pos().startsWith("JJ")) {
            return Optional.empty();
        }
        int last = FigureNouns.phraseEnd(tokens, j, end);
        return last >= 0 && FigureNouns.isCommonNoun(tokens.get(last)) && !isTime(tokens.get(last))
                ? Optional.of(new FigureSpan(j, last))
                : Optional.empty();
    }

    /** The noun phrase before the figure, past the verb and prepositions that lead to it ("imports of USD 3 bn"). */
    private Optional<FigureSpan> before(int k) {
        int j = k;
        while (j >= start && j > k - MAX_SKIPPED && isSkippable(tokens.get(j))) {
            j--;
        }
        if (j < start || !FigureNouns.isNoun(tokens.get(j)) || isUnit(j)) {
            return Optional.empty();
        }
        int first = linked(FigureNouns.phraseStart(tokens, j, start));
        for (int i = first; i <= j; i++) {
            if (FigureNouns.isCommonNoun(tokens.get(i))) {
                return Optional.of(new FigureSpan(first, j));
            }
        }
        return Optional.empty();
    }

    /** "0.4 percent to 13.90 euros": a unit word before a figure belongs to the figure before it, not its measure. */
    private boolean isUnit(int j) {
        return UnitWords.at(tokens, j, j + 1).isPresent()
                || MoneyUnits.after(tokens, j, j + 1).isPresent();
    }

    /** "rose 1.6-fold year-on-year", "12 percent a month": a time word after a figure says when, not what. */
    private static boolean isTime(Token t) {
        return TIME_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** The start of the noun phrase a preposition links the phrase at {@code first} to: "imports [from Chile]". */
    private int linked(int first) {
        int link = first - 1;
        if (link > start
                && (tokens.get(link).pos().equals("DT")
                        || tokens.get(link).pos().equals("PRP$"))) {
            link--;
        }
        if (link - 1 >= start && LINKS.contains(lower(link)) && FigureNouns.isNoun(tokens.get(link - 1))) {
            return FigureNouns.phraseStart(tokens, link - 1, start);
        }
        return first;
    }

    /** The span widened by an "of" phrase after it: "battalions of the Kenyan navy". */
    private FigureSpan withOf(FigureSpan span) {
        int of = span.last() + 1;
        if (of + 1 >= end || !lower(of).equals("of")) {
            return span;
        }
        int last = FigureNouns.phraseEnd(tokens, of + 1, end);
        return last < 0 || tokens.get(last).ner().equals("DATE") ? span : new FigureSpan(span.first(), last);
    }

    private int firstAfterDeterminer(int j) {
        return tokens.get(j).pos().equals("DT") || tokens.get(j).pos().equals("PRP$") ? j + 1 : j;
    }

    private static boolean isSkippable(Token t) {
        String pos = t.pos();
        return pos.equals("RB")
                || pos.equals("IN")
                || pos.equals("TO")
                || pos.startsWith("VB")
                || pos.equals("MD")
                || pos.equals("WDT")
                || pos.equals("RP")
                || t.text().equalsIgnoreCase("worth");
    }

    private String lower(int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
}
