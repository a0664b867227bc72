package org.bilat.extract.events;

import java.util.Set;
import org.bilat.extract.text.FactContext;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Tells an event noun that names its own actor, and so tells a happening even undated, from a bare noun that only
 * refers back to one: a possessor ("Kenya's invasion of Utopia"), an agent ("the investment by Acme"), a partner
 * ("the agreement with Acme", "talks between Kenya and Utopia"), a nationality adjective ("the Kenyan invasion"),
 * where that word names a state, organisation or person, or a person after "of" ("the visit of President X"): a
 * person is who did it, where a state after "of" is mostly what it was done to ("the invasion of Utopia").
 */
final class NounActors {
    private static final Set<String> ACTOR_CASES = Set.of("by", "with", "between", "among");

    private NounActors() {}

    /** Whether the event noun {@code noun} has an actor among its own dependents. */
    static boolean hasOwnActor(FactContext context, Token noun) {
        AnnotatedText text = context.text();
        for (Token t : text.dependents(noun)) {
            if ((isActorRole(text, t) && isActor(context, t)) || isPersonAfterOf(context, t)) {
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

    private static boolean isPersonAfterOf(FactContext context, Token t) {
        return t.dep().startsWith("nmod")
                && context.text().hasCaseMarker(t, "of")
                && context.at(t.index())
                        .filter(o -> o.type() == EntityType.PERSON)
                        .isPresent();
    }

    private static boolean isActor(FactContext context, Token t) {
        return context.at(t.index()).filter(o -> o.isActor()).isPresent();
    }
}
