package org.bilat.extract.events;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Tells a trigger whose clause hangs, in the dependency tree, from a verb that denies, doubts or only believes it:
 * "did not wait to deliver", "could be expected to sign", "observers perceive Borduria withdrawing", however far apart
 * the words lie. Only complement clauses and infinitives lead up; a relative or time clause tells its own fact.
 */
final class ClauseModality {
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    private static final Set<String> MODALS =
            Set.of("could", "would", "may", "might", "should", "will", "shall", "can", "must", "'d", "'ll");
    /** Verbs of belief and perception: what they govern is an opinion, not a reported happening. */
    private static final Set<String> OPINION = Set.of(
            "believe",
            "think",
            "perceive",
            "fear",
            "suspect",
            "speculate",
            "assume",
            "doubt",
            "imagine",
            "predict",
            "forecast",
            "expect",
            "hope",
            "want",
            "wish");

    private static final int STEPS = 3;

    private ClauseModality() {}

    /** Whether a verb above {@code trigger} through complement clauses is negated, modal or one of opinion. */
    static boolean deniedOrOpined(AnnotatedText text, Token trigger) {
        Token t = trigger;
        for (int step = 0; step < STEPS && leadsUp(text, t); step++) {
            Optional<Token> governor = text.governor(t);
            if (governor.isEmpty()) {
                return false;
            }
            Token verb = governor.get();
            if (OPINION.contains(lower(verb.lemma())) || isDeniedOrModal(text, verb)) {
                return true;
            }
            t = verb;
        }
        return false;
    }

    /** A complement clause, or an infinitive of purpose ("waited long to deliver"); not "after they met". */
    private static boolean leadsUp(AnnotatedText text, Token t) {
        if (COMPLEMENTS.contains(t.dep())) {
            return true;
        }
        return t.dep().equals("advcl")
                && text.dependents(t, "mark").stream()
                        .anyMatch(m -> lower(m.lemma()).equals("to"));
    }

    /** Whether {@code verb} has a negation or a modal auxiliary among its dependents. */
    static boolean isDeniedOrModal(AnnotatedText text, Token verb) {
        for (Token d : text.dependents(verb)) {
            String word = lower(d.text());
            boolean negation = d.dep().equals("advmod") && NEGATIONS.contains(word);
            boolean modal = d.dep().equals("aux") && d.pos().equals("MD") && MODALS.contains(word);
            if (negation || modal) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
