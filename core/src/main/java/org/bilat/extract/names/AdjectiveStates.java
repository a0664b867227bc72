package org.bilat.extract.names;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.Gazetteer;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * States a text names only through their demonym ("Belarusian troops", "Chinese-financed") and never by name: the
 * schema makes such a state an entity, without aliases, where a fact needs it as a participant, end or subject.
 */
public final class AdjectiveStates {
    private AdjectiveStates() {}

    /** The common names of the countries whose demonym the text uses while no entity of the list names them. */
    public static List<String> unnamed(AnnotatedText text, List<Entity> entities) {
        Gazetteer gazetteer = Gazetteer.load();
        Set<String> named = new LinkedHashSet<>();
        for (Entity entity : entities) {
            if (entity.type() == EntityType.GPE) {
                gazetteer.country(entity.name()).ifPresent(c -> named.add(c.alpha3()));
            }
        }
        Set<String> unnamed = new LinkedHashSet<>();
        for (Token token : text.tokens()) {
            Optional<Gazetteer.Country> country = gazetteer.byDemonym(token);
            if (country.isPresent() && !named.contains(country.get().alpha3())) {
                unnamed.add(country.get().name());
            }
        }
        return List.copyOf(unnamed);
    }
}
