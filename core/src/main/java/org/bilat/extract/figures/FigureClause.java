package org.bilat.extract.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.nlp.Token;

/**
 * The clause around a figure: the short stretch of a sentence quoted as its evidence, and the entities it is about
 * (the nearest ones, those inside the clause first).
 */
final class FigureClause {
    private static final Set<String> BREAKS = Set.of(";", ":", "(", ")", "[", "]", "—", "•", ",", "“", "”", "\"");
    private static final Set<String> STRONG_BREAKS = Set.of(";", ":", "(", ")", "[", "]", "—", "•");
    private static final Set<String> CLAUSE_WORDS = Set.of("whereas", "while", "but", "although", "though", "because");
    private static final int MAX_BEFORE = 14;
    private static final int MAX_AFTER = 4;
    private static final int MAX_SUBJECTS = 3;

    private final FactContext context;
    private final List<Token> tokens;
    private final int start;
    private final int end;

    FigureClause(FactContext context, int start, int end) {
        this.context = context;
        this.tokens = context.text().tokens();
        this.start = start;
        this.end = end;
    }

    /** The evidence around tokens {@code first..last}: back to the clause's start, on through a short phrase. */
    FigureSpan evidence(int first, int last) {
        int from = first;
        while (from > start && from > first - MAX_BEFORE && !isBreak(from - 1, BREAKS)) {
            from--;
        }
        int to = last;
        while (to + 1 < end && to < last + MAX_AFTER && continuesPhrase(tokens.get(to + 1))) {
            to++;
        }
        while (to > last
                && !FigureNouns.isNoun(tokens.get(to))
                && !tokens.get(to).pos().equals("CD")) {
            to--;
        }
        return new FigureSpan(from, to);
    }

    /** The ids of the entities a figure at {@code figure} is about, nearest first; those in {@code evidence} first. */
    List<String> subjects(FigureSpan figure, FigureSpan evidence) {
        FigureSpan clause = clause(figure);
        List<Occurrence> candidates = new ArrayList<>();
        for (Occurrence o : context.occurrences(tokens.get(figure.first()).sentence())) {
            boolean near = (o.first() >= clause.first() && o.last() <= clause.last()) || o.last() < figure.first();
            if (near && o.type() != EntityType.PERSON && o.type() != EntityType.EVENT) {
                candidates.add(o);
            }
        }
        candidates.sort(Comparator.comparingInt(o -> rank(o, figure, evidence, clause)));
        Set<String> ids = new LinkedHashSet<>();
        for (Occurrence o : candidates) {
            if (ids.size() < MAX_SUBJECTS) {
                ids.add(o.id());
            }
        }
        return List.copyOf(ids);
    }

    private static int rank(Occurrence o, FigureSpan figure, FigureSpan evidence, FigureSpan clause) {
        int distance = o.last() < figure.first() ? figure.first() - o.last() : Math.max(0, o.first() - figure.last());
        boolean inEvidence = o.first() >= evidence.first() && o.last() <= evidence.last();
        boolean inClause = o.first() >= clause.first() && o.last() <= clause.last();
        return distance + (inEvidence ? 0 : 1000) + (inClause ? 0 : 1000);
    }

    /** The stretch of the sentence between strong breaks (";", ":", brackets, dashes) around the figure. */
    private FigureSpan clause(FigureSpan figure) {
        int from = figure.first();
        while (from > start && !isBreak(from - 1, STRONG_BREAKS)) {
            from--;
        }
        int to = figure.last();
        while (to + 1 < end && !isBreak(to + 1, STRONG_BREAKS)) {
            to++;
        }
        return new FigureSpan(from, to);
    }

    private boolean isBreak(int i, Set<String> breaks) {
        Token t = tokens.get(i);
        String text = t.text().toLowerCase(Locale.ROOT);
        boolean spacedDash =
                (text.equals("–") || text.equals("-") || text.equals("--")) && !UnitWords.isAttachedHyphen(tokens, i);
        return breaks.contains(text) || spacedDash || CLAUSE_WORDS.contains(text);
    }

    private static boolean continuesPhrase(Token t) {
        String pos = t.pos();
        return (pos.equals("IN") && !t.text().equalsIgnoreCase("that"))
                || pos.equals("TO")
                || pos.equals("DT")
                || pos.startsWith("JJ")
                || pos.startsWith("NN")
                || pos.equals("CD")
                || pos.equals("POS");
    }
}
