package org.bilat.extract.relations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.model.RelationType;

/**
 * Finds the backers a sentence lists for the site or project it is about: "the Lakeside Dam, which will cost
 * Ruritania and investors, including Acme and Beta, USD 2 billion" makes Ruritania, Acme and Beta its partners.
 */
final class RelationBackerFinder {
    private static final Set<EntityType> PARTIES = EnumSet.of(EntityType.GPE, EntityType.ORG);
    private static final Set<EntityType> PROJECTS = EnumSet.of(EntityType.FAC, EntityType.PROGRAM);
    /** Plural nouns of a project's backers. */
    private static final Set<String> BACKERS = Set.of(
            "investors",
            "partners",
            "shareholders",
            "contractors",
            "subcontractors",
            "lenders",
            "financiers",
            "sponsors",
            "developers");
    /** Words that open the names of some of them. */
    private static final Set<String> INCLUDING = Set.of("including", "include", "includes", "like");

    private static final int LONGEST_REACH = 20;

    private final RelationText text;
    private final RelationSink sink;

    RelationBackerFinder(RelationText text, RelationSink sink) {
        this.text = text;
        this.sink = sink;
    }

    void find() {
        int size = text.annotated().tokens().size();
        for (int i = 0; i < size; i++) {
            if (BACKERS.contains(text.word(i)) && !text.covered(i)) {
                backers(i);
            }
        }
    }

    private void backers(int noun) {
        Optional<Occurrence> project = projectBefore(noun);
        if (project.isEmpty()) {
            return;
        }
        List<Occurrence> partners = new ArrayList<>();
        // "Ruritania and investors": a party coordinated with the backers is one.
        if (text.word(noun - 1).equals("and")) {
            text.endingAt(noun - 2, PARTIES).filter(o -> !o.adjective()).ifPresent(partners::add);
        }
        int at = text.word(noun + 1).equals(",") ? noun + 2 : noun + 1;
        if (text.word(at).equals("such") && text.word(at + 1).equals("as")) {
            at++;
        } else if (!INCLUDING.contains(text.word(at))) {
            return;
        }
        Optional<Occurrence> first = text.startingAt(at + 1, PARTIES).filter(o -> !o.adjective());
        first.ifPresent(f -> partners.addAll(text.coordinated(f)));
        first.ifPresent(f -> partners.addAll(listed(f)));
        for (Occurrence p : partners) {
            sink.add(RelationType.PARTNER, project.get(), p, null, noun, noun);
        }
    }

    /** "Acme, Beta and Gamma": the names listed after the first, where the parse does not coordinate them. */
    private List<Occurrence> listed(Occurrence first) {
        List<Occurrence> found = new ArrayList<>();
        int i = first.last() + 1;
        while (Set.of(",", "and").contains(text.word(i)) && text.sameSentence(first.first(), i)) {
            int next = text.word(i + 1).equals("and") ? i + 2 : i + 1;
            Optional<Occurrence> name = text.startingAt(next, PARTIES).filter(o -> !o.adjective());
            if (name.isEmpty()) {
                break;
            }
            found.add(name.get());
            i = name.get().last() + 1;
        }
        return found;
    }

    /** The nearest site or project named before the noun in its sentence. */
    private Optional<Occurrence> projectBefore(int noun) {
        for (int i = noun - 1; i >= 0 && i >= noun - LONGEST_REACH && text.sameSentence(i, noun); i--) {
            Optional<Occurrence> project = text.endingAt(i, PROJECTS).filter(o -> !o.adjective());
            if (project.isPresent()) {
                return project;
            }
        }
        return Optional.empty();
    }
}
