package org.bilat.extract.events;

import java.util.Locale;
import java.util.Set;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Tells opinions, forecasts, plans, negations and questions from things that happened: a negation just before the
 * trigger, a modal verb or a word of intent or likelihood that governs it (no other finite verb stands between them),
 * a question mark ending the sentence, a negated, modal or opinion verb the trigger's clause depends on, or an
 * infinitive of plan ("is to meet").
 */
final class EventHedges {
    private static final Set<String> MODALS =
            Set.of("could", "would", "may", "might", "should", "will", "shall", "can", "must", "'d", "'ll");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
    private static final Set<String> INTENT = Set.of(
            "plan",
            "intend",
            "expect",
            "likely",
            "unlikely",
            "hope",
            "aim",
            "want",
            "seek",
            "propose",
            "consider",
            "suppose",
            "future",
            "potential",
            "possible",
            "possibly",
            "prospective",
            "ready",
            "willing",
            "wish",
            "promise",
            "capable",
            "able",
            "attempt",
            "try",
            "reluctance",
            "reluctant",
            "desire",
            "aspiration",
            "goal",
            "ambition",
            "target",
            "intention",
            "readiness",
            "possibility",
            "condition",
            "probably",
            "perhaps",
            "presumably",
            "if",
            "whether");
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "(", ")", "—");
    private static final int NEGATION_REACH = 4;
    private static final int REACH = 20;
    private static final int OF_STEPS = 2;

    private EventHedges() {}

    /** Whether the trigger starting at {@code first} is not told as a fact. */
    static boolean hedged(AnnotatedText text, EventClause clause, int first) {
        if (clause.token(clause.sentenceLast()).text().equals("?")) {
            return true;
        }
        return negated(clause, first)
                || governedByIntent(clause, first)
                || ClauseModality.deniedOrOpined(text, clause.token(first))
                || subjectOfDeniedOrModal(text, clause.token(first))
                || PlannedInfinitives.planned(text, clause.token(first));
    }

    /**
     * A happening noun that is, or that an "of" phrase ties to, the subject of a negated or modal verb: "the exercise
     * will take place in May", "the details of the agreement will be disclosed", "the talks did not take place".
     */
    private static boolean subjectOfDeniedOrModal(AnnotatedText text, Token trigger) {
        if (!trigger.pos().startsWith("NN")) {
            return false;
        }
        return text.climb(trigger, OF_STEPS, EventHedges::modifiesNoun)
                .filter(t -> t.dep().startsWith("nsubj"))
                .flatMap(text::governor)
                .filter(verb -> ClauseModality.isDeniedOrModal(text, verb))
                .isPresent();
    }

    /** A noun's modifier other than its possessor: "of the agreement" in "the details of the agreement". */
    private static boolean modifiesNoun(Token t) {
        return t.dep().startsWith("nmod") && !t.dep().equals("nmod:poss");
    }

    private static boolean negated(EventClause clause, int first) {
        for (int k = first - 1; k >= clause.sentenceFirst() && first - k <= NEGATION_REACH; k--) {
            Token t = clause.token(k);
            if (BREAKS.contains(t.text())) {
                return false;
            }
            if (NEGATIONS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean governedByIntent(EventClause clause, int first) {
        int start = clause.clauseStart(first);
        for (int k = first - 1; k >= start && first - k <= REACH; k--) {
            Token t = clause.token(k);
            boolean modal = t.pos().equals("MD") && MODALS.contains(t.text().toLowerCase(Locale.ROOT));
            if (modal || INTENT.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (isFiniteVerb(t)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isFiniteVerb(Token t) {
        boolean auxiliary =
                t.lemma().equals("be") || t.lemma().equals("have") || t.lemma().equals("do");
        return !auxiliary
                && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"));
    }
}
