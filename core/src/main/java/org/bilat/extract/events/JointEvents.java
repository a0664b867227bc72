package org.bilat.extract.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bilat.extract.text.FactContext;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * A joint or bilateral undertaking has two states behind it: "a joint venture was established in Nairobi", "the
 * jointly developed rocket system", "bilateral talks were held" take the two states last named before them when
 * their own arguments name fewer than two.
 */
final class JointEvents {
    private static final Set<String> JOINT = Set.of("joint", "jointly", "bilateral", "bilaterally");

    private JointEvents() {}

    /** {@code participants}, with the last two states named when the trigger or its object is joint. */
    static List<String> withPartners(FactContext context, TriggerMatch match, List<String> participants) {
        long states =
                participants.stream().filter(context.actorStates()::isState).count();
        if (states >= 2 || !joint(context.text(), match)) {
            return participants;
        }
        Set<String> ids = new LinkedHashSet<>(participants);
        ids.addAll(References.lastTwoStates(context, match.window().first()));
        return List.copyOf(ids);
    }

    private static boolean joint(AnnotatedText text, TriggerMatch match) {
        for (int k = match.window().first(); k <= match.window().last(); k++) {
            if (markedJoint(text, text.tokens().get(k))) {
                return true;
            }
        }
        return match.object() >= 0 && markedJoint(text, text.tokens().get(match.object()));
    }

    private static boolean markedJoint(AnnotatedText text, Token head) {
        return text.dependents(head).stream()
                .anyMatch(t -> (t.dep().equals("amod") || t.dep().equals("advmod"))
                        && JOINT.contains(t.lemma().toLowerCase(Locale.ROOT)));
    }
}
