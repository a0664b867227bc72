package org.bilat.extract.levels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.nlp.Token;

/**
 * The two states a level is between. The states its sentence names (by name or capital: "Moscow's closest ally" is
 * Russia's; by a nationality adjective only on the label itself), nearest the label first; a sentence that names one state pairs it with the other of the
 * document's pair, and a sentence that names none ("the two countries", "bilateral relations") gives the document's
 * pair: its two most mentioned states.
 */
final class LevelStates {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private final FactContext context;
    private final Map<String, String> stateOf = new HashMap<>();
    private final List<String> byMentions;

    LevelStates(FactContext context) {
        this.context = context;
        Map<String, String> byAlpha3 = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (Entity entity : context.entities()) {
            if (entity.type() == EntityType.GPE) {
                GAZETTEER.country(entity.name()).ifPresent(c -> {
                    byAlpha3.putIfAbsent(c.alpha3(), entity.id());
                    stateOf.put(entity.id(), byAlpha3.get(c.alpha3()));
                    mentions.merge(byAlpha3.get(c.alpha3()), entity.mentions().size(), Integer::sum);
                });
            }
        }
        for (Entity entity : context.entities()) {
            if (entity.type() == EntityType.GPE && !stateOf.containsKey(entity.id())) {
                GAZETTEER
                        .capitalOf(entity.name())
                        .map(c -> byAlpha3.get(c.alpha3()))
                        .ifPresent(state -> stateOf.put(entity.id(), state));
            }
        }
        byMentions = new ArrayList<>(mentions.keySet());
        byMentions.sort(Comparator.comparing((String id) -> -mentions.getOrDefault(id, 0))
                .thenComparing(id -> id));
    }

    /** The two states of the level named at {@code head}, when the sentence and the document give two. */
    Optional<List<String>> of(Token head) {
        List<String> named = namedNear(head);
        Set<String> pair = new LinkedHashSet<>(named.subList(0, Math.min(2, named.size())));
        if (pair.size() == 1
                && byMentions.size() >= 2
                && byMentions.subList(0, 2).containsAll(pair)) {
            pair.addAll(byMentions.subList(0, 2));
        } else if (pair.isEmpty() && byMentions.size() >= 2) {
            pair.addAll(byMentions.subList(0, 2));
        }
        return pair.size() == 2 ? Optional.of(List.copyOf(pair)) : Optional.empty();
    }

    /** Whether the sentence of {@code head} names a state. */
    boolean sentenceNamesAState(Token head) {
        return !namedNear(head).isEmpty();
    }

    /** The distinct states the head's sentence names, nearest the head first. */
    private List<String> namedNear(Token head) {
        List<Occurrence> occurrences = new ArrayList<>(context.occurrences(head.sentence()));
        occurrences.sort(Comparator.comparingInt(o -> distance(o, head)));
        Set<String> states = new LinkedHashSet<>();
        for (Occurrence o : occurrences) {
            String state = stateOf.get(o.id());
            if (state != null && (!o.adjective() || modifies(o, head))) {
                states.add(state);
            }
        }
        return List.copyOf(states);
    }

    /** A nationality adjective counts only on the label itself ("Sino-Ruritanian partnership"), not on "Syldavian media". */
    private boolean modifies(Occurrence o, Token head) {
        return context.text().tokens().get(o.first()).head() == head.index();
    }

    private static int distance(Occurrence o, Token head) {
        return o.last() < head.index() ? head.index() - o.last() : o.first() - head.index();
    }
}
