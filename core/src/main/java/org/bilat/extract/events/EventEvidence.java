package org.bilat.extract.events;

import org.bilat.extract.text.FactContext;
import org.bilat.model.Evidence;
import org.bilat.nlp.Token;

/** Cuts the passage that states an event: the trigger's clause, or the stretch around it in a long one. */
final class EventEvidence {
    private static final int CLAUSE_TOKENS = 40;
    private static final int EVIDENCE_REACH = 12;

    private EventEvidence() {}

    /** The clause of the trigger, or, in a long clause, the stretch between the commas around it and its object. */
    static Evidence of(FactContext context, EventClause clause, TriggerMatch match) {
        EventWindow window = match.window();
        int lo = match.object() >= 0 ? Math.min(window.first(), match.object()) : window.first();
        int hi = Math.max(window.last(), match.object());
        int start = clause.clauseStart(lo);
        int end = clause.clauseEnd(hi);
        if (end - start > CLAUSE_TOKENS) {
            int from = lo;
            while (from > start
                    && lo - from < EVIDENCE_REACH
                    && !clause.token(from - 1).text().equals(",")) {
                from--;
            }
            int to = hi;
            while (to < end
                    && to - hi < EVIDENCE_REACH
                    && !clause.token(to + 1).text().equals(",")) {
                to++;
            }
            start = from;
            end = to;
        }
        while (start < lo && isPunctuation(clause.token(start))) {
            start++;
        }
        while (end > hi && isPunctuation(clause.token(end))) {
            end--;
        }
        String text = context.text().text();
        return Evidence.of(text, clause.token(start).begin(), clause.token(end).end());
    }

    private static boolean isPunctuation(Token t) {
        return !Character.isLetterOrDigit(t.text().codePointAt(0))
                && !t.text().equals("(")
                && !t.text().equals("“");
    }
}
