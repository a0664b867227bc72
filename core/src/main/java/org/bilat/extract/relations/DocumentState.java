package org.bilat.extract.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;

/**
 * The state a passage is about: the first country its sentence names outside a prepositional phrase ("Ruritania
 * boosted exports", not "a visit to Borduria"), else the country the document names far more often than any other.
 */
final class DocumentState {
    private static final Set<String> COUNTERPARTS = Set.of("counterpart", "counterparts");

    private final RelationText text;

    DocumentState(RelationText text) {
        this.text = text;
    }

    /** The state sentence {@code s} is about, if the sentence or the document names a country. */
    Optional<Occurrence> find(int s) {
        return find(s, o -> true);
    }

    /**
     * The state sentence {@code s} is about for a post whose holder the text names without a state: a country that no
     * other post claims ("Minister Kask met Borduria's President Lind": Borduria is Lind's), else the document's.
     */
    Optional<Occurrence> findFor(int s, Set<Integer> claimed) {
        return find(s, o -> !claimed.contains(o.first()));
    }

    private Optional<Occurrence> find(int s, Predicate<Occurrence> usable) {
        for (Occurrence o : text.spans()) {
            if (text.token(o.first()).sentence() == s
                    && usable.test(o)
                    && o.type() == EntityType.GPE
                    && !o.adjective()
                    && isCountry(o.id())
                    && !inPrepositionalPhrase(o)
                    && !namesCounterpart(o)) {
                return Optional.of(o);
            }
        }
        return find();
    }

    /** Whether sentence {@code s} names state {@code id} as a counterpart's: "his Bordurian counterpart". */
    boolean isCounterpartIn(String id, int s) {
        return text.spans().stream()
                .anyMatch(o -> o.id().equals(id) && text.token(o.first()).sentence() == s && namesCounterpart(o));
    }

    /** "his Bordurian counterpart", "their Borduria counterparts": the state of the other side of a meeting. */
    private boolean namesCounterpart(Occurrence o) {
        return COUNTERPARTS.contains(text.word(o.last() + 1));
    }

    /**
     * The first mention of the country the document names most often, if it names it at least twice as often as any
     * other (a document about two states has no one state).
     */
    Optional<Occurrence> find() {
        List<List<Occurrence>> ranked = rankedCountries();
        boolean dominant = ranked.size() == 1
                || (ranked.size() > 1
                        && ranked.get(0).size() >= 2 * ranked.get(1).size());
        return dominant ? Optional.of(ranked.get(0).get(0)) : Optional.empty();
    }

    /** The mentions of each country the document names, the most often named first. */
    private List<List<Occurrence>> rankedCountries() {
        Map<String, List<Occurrence>> byCountry = new LinkedHashMap<>();
        for (Occurrence o : text.spans()) {
            if (o.type() == EntityType.GPE && isCountry(o.id())) {
                byCountry.computeIfAbsent(o.id(), k -> new ArrayList<>()).add(o);
            }
        }
        return byCountry.values().stream()
                .sorted(Comparator.comparingInt((List<Occurrence> l) -> -l.size()))
                .toList();
    }

    /**
     * In a document about two states, the state a sentence that names only the other one, as a destination or partner
     * ("President Kask's visit to Borduria", "talks with Borduria"), speaks for: the first one.
     */
    Optional<Occurrence> otherSide(int s) {
        List<List<Occurrence>> ranked = rankedCountries();
        if (ranked.size() < 2 || ranked.get(1).size() < 2) {
            return Optional.empty();
        }
        String a = ranked.get(0).get(0).id();
        String b = ranked.get(1).get(0).id();
        List<Occurrence> named = text.spans().stream()
                .filter(o -> text.token(o.first()).sentence() == s && o.type() == EntityType.GPE && isCountry(o.id()))
                .toList();
        if (named.isEmpty() || named.stream().map(Occurrence::id).distinct().count() > 1) {
            return Optional.empty();
        }
        String only = named.get(0).id();
        boolean across = named.stream().allMatch(o -> !o.adjective() && isAcross(o));
        if (!across || (!only.equals(a) && !only.equals(b))) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(only.equals(a) ? 1 : 0).get(0));
    }

    /** "to Borduria", "with Borduria": the state a visit goes to or talks are held with. */
    private boolean isAcross(Occurrence o) {
        return text.annotated()
                .caseMarker(text.headOf(o))
                .filter(m -> m.equals("to") || m.equals("with"))
                .isPresent();
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
