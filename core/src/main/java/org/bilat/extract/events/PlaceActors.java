package org.bilat.extract.events;

import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Tells a town or region that acts from one that is only a place: a town, capital or province acts only as the
 * subject, possessor or agent of a clause ("Vilnius provided ...", "Beijing's decision", "was signed by Moscow"), and
 * a capital that acts brings its country along ("Beijing recalled its ambassador": China); named anywhere else ("the
 * programmes of Moscow and Minsk", "a plant in Nairobi") it is where something happens, not who does it, unless the sentence names no other actor (every event has one).
 */
final class PlaceActors {
    private static final Set<String> ACTING = Set.of("nsubj", "nsubj:pass", "nmod:poss", "obl:agent", "csubj");
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private PlaceActors() {}

    /** Whether {@code o} is a town or region (not a country) that is not the actor of its clause. */
    static boolean onlyPlace(FactContext context, Occurrence o) {
        if (o.type() != EntityType.GPE || o.adjective() || context.actorStates().isState(o.id())) {
            return false;
        }
        return !acting(context.text(), head(context.text(), o));
    }

    /** The country whose capital {@code o} is, when the document names that country. */
    static Optional<String> countryOf(FactContext context, Occurrence o) {
        return countryOf(context, o.id());
    }

    /**
     * The country whose capital the entity {@code id} is, when the document names that country: the host of what
     * happens there ("talks held in Klow": Syldavia).
     */
    static Optional<String> countryOf(FactContext context, String id) {
        Optional<Gazetteer.Country> country = context.entity(id).flatMap(e -> GAZETTEER.capitalOf(e.name()));
        if (country.isEmpty()) {
            return Optional.empty();
        }
        String alpha3 = country.get().alpha3();
        return context.entities().stream()
                .filter(e -> e.type() == EntityType.GPE && context.actorStates().isState(e.id()))
                .filter(e -> GAZETTEER
                        .country(e.name())
                        .filter(c -> c.alpha3().equals(alpha3))
                        .isPresent())
                .map(Entity::id)
                .findFirst();
    }

    /** The subject, possessor or agent, or a name coordinated with one ("Minsk and Beijing agreed"). */
    private static boolean acting(AnnotatedText text, Token head) {
        Token at = head;
        while (at.dep().equals("conj") && at.head() >= 0) {
            at = text.tokens().get(at.head());
        }
        return ACTING.contains(at.dep());
    }

    /** The occurrence's token whose head lies outside it. */
    private static Token head(AnnotatedText text, Occurrence o) {
        for (int k = o.first(); k <= o.last(); k++) {
            Token t = text.tokens().get(k);
            if (t.head() < o.first() || t.head() > o.last()) {
                return t;
            }
        }
        return text.tokens().get(o.last());
    }
}
