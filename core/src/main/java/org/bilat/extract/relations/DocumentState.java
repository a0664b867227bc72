package org.bilat.extract.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;

/**
 * The state a passage is about: the first country its sentence names outside a prepositional phrase ("Ruritania
 * boosted exports", not "a visit to Borduria"), else the country the document names far more often than any other.
 */
final class DocumentState {
    private final RelationText text;

    DocumentState(RelationText text) {
        this.text = text;
    }

    /** The state sentence {@code s} is about, if the sentence or the document names a country. */
    Optional<Occurrence> find(int s) {
        for (Occurrence o : text.spans()) {
            if (text.token(o.first()).sentence() == s
                    && o.type() == EntityType.GPE
                    && !o.adjective()
                    && isCountry(o.id())
                    && !inPrepositionalPhrase(o)) {
                return Optional.of(o);
            }
        }
        return find();
    }

    /**
     * The first mention of the country the document names most often, if it names it at least twice as often as any
     * other (a document about two states has no one state).
     */
    Optional<Occurrence> find() {
        Map<String, List<Occurrence>> byCountry = new LinkedHashMap<>();
        for (Occurrence o : text.spans()) {
            if (o.type() == EntityType.GPE && isCountry(o.id())) {
                byCountry.computeIfAbsent(o.id(), k -> new ArrayList<>()).add(o);
            }
        }
        List<List<Occurrence>> ranked = byCountry.values().stream()
                .sorted(Comparator.comparingInt((List<Occurrence> l) -> -l.size()))
                .toList();
        boolean dominant = ranked.size() == 1
                || (ranked.size() > 1
                        && ranked.get(0).size() >= 2 * ranked.get(1).size());
        return dominant ? Optional.of(ranked.get(0).get(0)) : Optional.empty();
    }

    /**
     * "to Borduria", "to neighbouring Borduria" (a possessive "'s" is no preposition, and a parse that hangs the name
     * from a preposition further back, "said on Monday Borduria had", puts it in no phrase).
     */
    private boolean inPrepositionalPhrase(Occurrence o) {
        int before = o.first() - 1;
        while (before >= 0 && isModifierTag(text.token(before).pos())) {
            before--;
        }
        int marker = before;
        return text.annotated().dependents(text.token(o.last())).stream()
                .anyMatch(t -> t.dep().equals("case")
                        && t.index() == marker
                        && !t.text().startsWith("'"));
    }

    private static boolean isModifierTag(String pos) {
        return pos.equals("DT") || pos.startsWith("JJ") || pos.equals("RB");
    }

    private boolean isCountry(String id) {
        return text.entity(id)
                .filter(e -> Gazetteer.load().country(e.name()).isPresent())
                .isPresent();
    }
}
