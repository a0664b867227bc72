package org.bilat.extract.events;

import java.util.Set;
import org.bilat.extract.text.FactContext;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Tells an event noun that names its own actor, and so tells a happening even undated, from a bare noun that only
 * refers back to one: a possessor ("Kenya's invasion of Utopia"), an agent ("the investment by Acme"), a partner
 * ("the agreement with Acme", "talks between Kenya and Utopia") or a nationality adjective ("the Kenyan invasion"),
 * where that word names a state, organisation or person.
 */
final class NounActors {
    private static final Set<String> ACTOR_CASES = Set.of("by", "with", "between", "among");

    private NounActors() {}

    /** Whether the event noun {@code noun} has an actor among its own dependents. */
    static boolean hasOwnActor(FactContext context, Token noun) {
        AnnotatedText text = context.text();
        for (Token t : text.dependents(noun)) {
            if (isActorRole(text, t) && isActor(context, t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isActorRole(AnnotatedText text, Token t) {
        if (t.dep().equals("nmod:poss") || t.dep().equals("amod")) {
            return true;
        }
        return t.dep().startsWith("nmod")
                && text.caseMarker(t).filter(ACTOR_CASES::contains).isPresent();
    }

    private static boolean isActor(FactContext context, Token t) {
        return context.at(t.index()).filter(o -> o.isActor()).isPresent();
    }
}
