package org.bilat.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Whether a trigger is told in the present: its clause's finite verb is a present form ("supplies", "is building",
 * "has been cooperating", "there have been contracts signed"). Such a clause tells an ongoing
 * activity or a state reached by now, not a past happening that goes on in the time its paragraph set.
 */
final class PresentTense {
    private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD", "MD");
    private static final Set<String> PRESENT = Set.of("VBZ", "VBP");
    private static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass", "cop");
    /**
     * "the upgraded missile", "the issue of an agreement": a trigger modifying a noun tells no clause of its own, so
     * the tense of the clause about that noun says nothing of it.
     */
    private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod");
    /** How far up a participle or a noun is followed to the verb that carries its clause's tense. */
    private static final int MAX_STEPS = 4;

    private PresentTense() {}

    /** Whether the finite verb of {@code trigger}'s clause (its own, or its head's up the tree) is in the present. */
    static boolean holds(AnnotatedText text, Token trigger) {
        Token t = trigger;
        for (int step = 0; step <= MAX_STEPS; step++) {
            Optional<Token> finite = finiteVerb(text, t);
            if (finite.isPresent()) {
                return PRESENT.contains(finite.get().pos());
            }
            Optional<Token> up = text.governor(t);
            if (up.isEmpty() || MODIFIERS.contains(t.dep())) {
                return false;
            }
            t = up.get();
        }
        return false;
    }

    /** The first finite form among {@code word}'s auxiliaries and copula and the word itself, in text order. */
    private static Optional<Token> finiteVerb(AnnotatedText text, Token word) {
        List<Token> forms = new ArrayList<>();
        for (Token dependent : text.dependents(word)) {
            if (AUXILIARIES.contains(dependent.dep())) {
                forms.add(dependent);
            }
        }
        forms.add(word);
        return forms.stream().filter(f -> FINITE.contains(f.pos())).findFirst();
    }
}
