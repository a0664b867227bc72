package org.bilat.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bilat.nlp.Token;

/**
 * Counts of things ("nine frigates", "40 armoured trucks", "teams of four and five") and multiples ("rose
 * 12 times", "three times more"), read after a number that has no unit.
 */
final class FigureCounts {
    private static final Set<String> CHANGES = Set.of(
            "increase",
            "grow",
            "rise",
            "decrease",
            "fall",
            "drop",
            "decline",
            "multiply",
            "expand",
            "surge",
            "jump",
            "exceed",
            "reduce",
            "shrink",
            "climb",
            "soar",
            "boost",
            "outnumber",
            "outpace",
            "raise",
            "plummet",
            "cut",
            "widen",
            "narrow",
            "contract",
            "balloon",
            "skyrocket",
            "swell",
            "diminish",
            "lower");
    private static final Set<String> COMPARATIVES = Set.of("as", "more", "less", "fewer", "higher", "lower", "larger");
    private static final Set<String> GROUP_ENDS = Set.of(",", ".", ":", "-RRB-", "CC", "IN", "TO");
    private static final int CUE_DISTANCE = 4;

    private final List<Token> tokens;
    private final int start;
    private final int end;

    FigureCounts(List<Token> tokens, int start, int end) {
        this.tokens = tokens;
        this.start = start;
        this.end = end;
    }

    /** The count that numbers {@code spans} (one, or two of a range) give, or empty where they count nothing. */
    Optional<Figure> count(List<NumberSpan> spans) {
        NumberSpan first = spans.get(0);
        NumberSpan last = spans.get(spans.size() - 1);
        boolean one = first.first() == first.last()
                && tokens.get(first.first()).text().equalsIgnoreCase("one");
        if (one
                || FigureGuards.refersBack(tokens, first.first(), start)
                || FigureGuards.followsName(tokens, first.first(), start)
                || FigureGuards.isCompound(tokens, last.last(), end)) {
            return Optional.empty();
        }
        int from = countedFrom(last.last() + 1);
        int head = FigureNouns.countedHead(tokens, from, end, last.value());
        if (head < 0) {
            return group(spans);
        }
        if (FigureGuards.isUncounted(tokens.get(head).lemma())
                || FigureGuards.isCutOff(tokens.get(head))
                || MoneyUnits.isCurrencyWord(tokens.get(head).text())) {
            return Optional.empty();
        }
        return Optional.of(new Figure(first.first(), last.last(), first.first(), values(spans), "COUNT", from, head));
    }

    /**
     * Where the counted nouns start after a number ending at {@code j - 1}: right after it, after a copula ("620 were
     * Tajik troops") or after the whole a part is counted out of ("88 out of 132 seats", "4 of 9 ministers").
     */
    private int countedFrom(int j) {
        if (j + 1 >= end) {
            return j;
        }
        Token next = tokens.get(j + 1);
        if (tokens.get(j).lemma().equals("be")
                && (FigureNouns.isNoun(next) || next.pos().startsWith("JJ"))) {
            return j + 1;
        }
        int whole = lower(j).equals("out") && lower(j + 1).equals("of") ? j + 2 : j + 1;
        boolean outOf = lower(j).equals("out") || lower(j).equals("of");
        if (outOf && whole < end) {
            Optional<NumberSpan> total = NumberReader.read(tokens, whole, end);
            if (total.isPresent()) {
                return total.get().last() + 1;
            }
        }
        return j;
    }

    /** "times" as a multiple: after a verb of change ("rose 12 times") or before a comparative ("3 times more"). */
    Optional<UnitMatch> multiple(int j) {
        if (!tokens.get(j).text().equalsIgnoreCase("times")) {
            return Optional.empty();
        }
        boolean comparative = j + 1 < end
                && (COMPARATIVES.contains(lower(j + 1))
                        || tokens.get(j + 1).pos().matches("JJR|RBR"));
        boolean change = false;
        for (int k = j - 1; k >= start && k >= j - CUE_DISTANCE && !change; k--) {
            change = tokens.get(k).pos().startsWith("VB")
                    && CHANGES.contains(tokens.get(k).lemma());
        }
        return comparative || change ? Optional.of(new UnitMatch("TIMES", 1, j, j)) : Optional.empty();
    }

    /** "teams of four and five", "a population of 9 million": a number after "of" and a noun, ending the phrase. */
    private Optional<Figure> group(List<NumberSpan> spans) {
        NumberSpan first = spans.get(0);
        int of = first.first() - 1;
        if (of - 1 < start || !lower(of).equals("of")) {
            return Optional.empty();
        }
        if (!isGroupNoun(tokens.get(of - 1))) {
            return Optional.empty();
        }
        List<NumberSpan> all = new ArrayList<>(spans);
        coordinated(all.get(all.size() - 1)).ifPresent(all::add);
        int after = all.get(all.size() - 1).last() + 1;
        if (after < end
                && (!GROUP_ENDS.contains(tokens.get(after).pos())
                        || lower(after).equals("of"))) {
            return Optional.empty();
        }
        int last = all.get(all.size() - 1).last();
        int nounFirst = FigureNouns.phraseStart(tokens, of - 1, start);
        return Optional.of(new Figure(first.first(), last, first.first(), values(all), "COUNT", nounFirst, of - 1));
    }

    /** "groups", "teams", "population", "fleet": a noun whose size a number after "of" gives. */
    private static boolean isGroupNoun(Token noun) {
        boolean group =
                noun.pos().equals("NNS") || (noun.pos().equals("NN") && FigureGuards.isCollective(noun.lemma()));
        return group && !FigureGuards.isUncounted(noun.lemma());
    }

    /** The number after "and" or "or" in "four and five". */
    private Optional<NumberSpan> coordinated(NumberSpan number) {
        int link = number.last() + 1;
        if (link + 1 >= end || !(lower(link).equals("and") || lower(link).equals("or"))) {
            return Optional.empty();
        }
        return NumberReader.read(tokens, link + 1, end);
    }

    private static List<Double> values(List<NumberSpan> spans) {
        return spans.stream().map(NumberSpan::value).toList();
    }

    private String lower(int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
}
