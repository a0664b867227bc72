package org.bilat.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Tells a trigger that only states the purpose or topic of an event already found in its sentence: in the dependency
 * tree it hangs, as a "of", "for" or "on" phrase or an infinitive, from that event's trigger or object ("signed a
 * contract with X to build a road", "an agreement on the construction of a plant", "agreed to buy a stake"). A
 * trigger in a time or place phrase ("during the visit") still tells its own happening.
 */
final class PurposeOfFired {
    private static final Set<String> TOPIC_MARKERS = Set.of("for", "on", "regarding", "concern", "about");
    private static final int STEPS = 3;

    private PurposeOfFired() {}

    /** Whether {@code trigger} serves a trigger or object whose index is in {@code fired}. */
    static boolean servesFired(AnnotatedText text, Token trigger, List<Integer> fired) {
        Token t = trigger;
        for (int step = 0; step < STEPS && leadsUp(text, t); step++) {
            Optional<Token> governor = text.governor(t);
            if (governor.isEmpty()) {
                return false;
            }
            if (fired.contains(governor.get().index())) {
                return true;
            }
            t = governor.get();
        }
        return false;
    }

    /** Whether {@code t} modifies its governor as its topic or purpose. */
    private static boolean leadsUp(AnnotatedText text, Token t) {
        String dep = t.dep();
        if (dep.equals("acl") || dep.equals("xcomp")) {
            return true;
        }
        if (dep.equals("advcl")) {
            return text.dependents(t, "mark").stream()
                    .anyMatch(m -> m.lemma().toLowerCase(Locale.ROOT).equals("to"));
        }
        Optional<String> marker = text.caseMarker(t);
        if (dep.equals("nmod")) {
            return marker.filter(m -> m.equals("of") || TOPIC_MARKERS.contains(m))
                    .isPresent();
        }
        if (dep.equals("obl")) {
            return marker.filter(TOPIC_MARKERS::contains).isPresent();
        }
        return false;
    }
}
