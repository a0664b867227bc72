package org.bilat.extract.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.nlp.Token;

/**
 * The state each organisation and person of a document belongs to, as the document shows it: a state body's id
 * ("kenya-ministry-of-defense"), a country its name holds ("National Academy of Sciences of Ruritania", "Borduria
 * Aerospace Corporation"), or a state named just before one of its mentions ("Syldavian President X", "Ruritania's
 * Y"). An event's actor brings its state along as a participant.
 */
public final class ActorStates {
    private static final int REACH = 4;
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private final FactContext context;
    private final Map<String, String> byAlpha3 = new HashMap<>();
    private final Set<String> states = new HashSet<>();
    private final Map<String, Optional<String>> found = new HashMap<>();

    private ActorStates(FactContext context) {
        this.context = context;
        for (Entity entity : context.entities()) {
            if (entity.type() == EntityType.GPE) {
                GAZETTEER.country(entity.name()).ifPresent(c -> {
                    byAlpha3.putIfAbsent(c.alpha3(), entity.id());
                    states.add(entity.id());
                });
            }
        }
    }

    static ActorStates of(FactContext context) {
        return new ActorStates(context);
    }

    /** Whether this id is one of the document's states (a country, not a city). */
    public boolean isState(String id) {
        return states.contains(id);
    }

    /** The state of the organisation or person {@code id}, when the document shows one. */
    public Optional<String> stateOf(String id) {
        return found.computeIfAbsent(id, this::find);
    }

    private Optional<String> find(String id) {
        Optional<Entity> entity = context.entity(id);
        if (entity.isEmpty()
                || (entity.get().type() != EntityType.ORG && entity.get().type() != EntityType.PERSON)) {
            return Optional.empty();
        }
        Optional<String> state = byPrefix(id);
        if (state.isEmpty()) {
            state = byName(entity.get());
        }
        return state.isPresent() ? state : beforeMention(id);
    }

    /** "kenya-ministry-of-defense" → "kenya". */
    private Optional<String> byPrefix(String id) {
        for (int dash = id.indexOf('-'); dash > 0; dash = id.indexOf('-', dash + 1)) {
            if (states.contains(id.substring(0, dash))) {
                return Optional.of(id.substring(0, dash));
            }
        }
        return Optional.empty();
    }

    /** The one state the entity's name or an alias holds, by name or demonym; none when it holds two. */
    private Optional<String> byName(Entity entity) {
        Set<String> named = new HashSet<>();
        for (String form : entity.aliases().isEmpty() ? List.of(entity.name()) : entity.aliases()) {
            String[] words = form.split("[\\s\\-–]+");
            for (int i = 0; i < words.length; i++) {
                stateNamed(words, i).ifPresent(named::add);
            }
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    private Optional<String> stateNamed(String[] words, int i) {
        for (int length = Math.min(3, words.length - i); length >= 1; length--) {
            String phrase = String.join(" ", Arrays.copyOfRange(words, i, i + length));
            Optional<Gazetteer.Country> country = GAZETTEER.country(phrase);
            if (country.isPresent() && Character.isUpperCase(phrase.codePointAt(0))) {
                return Optional.ofNullable(byAlpha3.get(country.get().alpha3()));
            }
        }
        return Character.isUpperCase(words[i].isEmpty() ? 'x' : words[i].codePointAt(0))
                ? GAZETTEER.byDemonym(words[i]).map(c -> byAlpha3.get(c.alpha3()))
                : Optional.empty();
    }

    /** A state standing before a mention with only titles and adjectives between ("Syldavian Defence Minister X"). */
    private Optional<String> beforeMention(String id) {
        for (int s = 0; s < context.text().sentenceCount(); s++) {
            for (Occurrence o : context.occurrences(s)) {
                if (o.id().equals(id)) {
                    Optional<String> state = stateBefore(
                            o.first(), context.text().sentenceStarts().get(s));
                    if (state.isPresent()) {
                        return state;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> stateBefore(int first, int sentenceFirst) {
        for (int k = first - 1; k >= sentenceFirst && first - k <= REACH; k--) {
            Optional<Occurrence> at = context.at(k);
            if (at.isPresent()) {
                return states.contains(at.get().id()) ? Optional.of(at.get().id()) : Optional.empty();
            }
            Token t = context.text().tokens().get(k);
            boolean title = t.pos().startsWith("NN")
                    || t.pos().startsWith("JJ")
                    || t.pos().equals("POS");
            if (!title && !t.text().equals("'s") && !t.text().equals("’s")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
