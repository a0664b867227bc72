package org.bilat.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.Gazetteer;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.model.RelationType;

/**
 * Finds relations a name states through the names inside it: "Senate of the National Assembly of Kenya" is part of
 * the assembly, "Union State of X and Y" has them as members, "Kenyan Embassy in Japan" is in Japan, "Kisumu Tool
 * Plant" is in Kisumu.
 */
final class RelationNestFinder {
    private static final Set<String> UNIONS =
            Set.of("union", "alliance", "commonwealth", "community", "league", "confederation");
    private static final Set<EntityType> BODIES = Set.of(EntityType.ORG, EntityType.PROGRAM);

    private final RelationText text;
    private final RelationSink sink;

    RelationNestFinder(RelationText text, RelationSink sink) {
        this.text = text;
        this.sink = sink;
    }

    void find() {
        for (Occurrence outer : text.spans()) {
            if (outer.adjective() || outer.first() == outer.last()) {
                continue;
            }
            List<Occurrence> nested = text.inside(outer);
            if (BODIES.contains(outer.type())) {
                partOf(outer, nested);
                members(outer, nested);
            }
            if (outer.type() == EntityType.ORG || outer.type() == EntityType.FAC) {
                locatedIn(outer, nested);
                namedAfterTown(outer);
            }
        }
    }

    /** "Senate of the National Assembly", "Bureau under the Council", "Ministry Political Bureau". */
    private void partOf(Occurrence outer, List<Occurrence> nested) {
        List<Occurrence> candidates = new ArrayList<>(nested);
        text.namedAt(outer.first(), outer.last() - 1, EntityType.ORG).ifPresent(candidates::add);
        for (Occurrence inner : candidates) {
            if (inner.type() != EntityType.ORG
                    || inner.adjective()
                    || inner.id().equals(outer.id())) {
                continue;
            }
            int before = text.word(inner.first() - 1).equals("the") ? inner.first() - 2 : inner.first() - 1;
            boolean linked = Set.of("of", "under").contains(text.word(before)) && before > outer.first();
            boolean unitAfter =
                    inner.first() == outer.first() && RelationCues.SUB_UNITS.contains(text.word(outer.last()));
            if ((linked && RelationCues.hasSubUnit(text, outer.first(), before)) || unitAfter) {
                sink.add(RelationType.PART_OF, outer, inner, null, outer.first(), outer.last());
                return;
            }
        }
    }

    /** "Union State of X and Y": a union named after its member states. */
    private void members(Occurrence outer, List<Occurrence> nested) {
        List<Occurrence> states = new ArrayList<>();
        for (int i = outer.first() + 1; i <= outer.last(); i++) {
            if (Set.of("of", "and", ",").contains(text.word(i - 1))) {
                statesAt(i, outer, nested).ifPresent(states::add);
            }
        }
        boolean union = false;
        for (int i = outer.first(); i < outer.last() && !text.word(i).equals("of"); i++) {
            union |= UNIONS.contains(text.word(i));
        }
        if (union && states.size() >= 2) {
            states.forEach(s -> sink.add(RelationType.MEMBER_OF, s, outer, null, outer.first(), outer.last()));
        }
    }

    private Optional<Occurrence> statesAt(int i, Occurrence outer, List<Occurrence> nested) {
        return nested.stream()
                .filter(o -> o.first() == i && o.type() == EntityType.GPE)
                .findFirst()
                .or(() -> text.namedAt(i, outer.last(), EntityType.GPE));
    }

    /** "Kenyan Embassy in Japan", "the Port of Klow": a body or works whose name ends in its place. */
    private void locatedIn(Occurrence outer, List<Occurrence> nested) {
        for (Occurrence inner : nested) {
            String before = text.word(inner.first() - 1);
            boolean worksOf = before.equals("of") && RelationCues.WORKS.contains(text.word(inner.first() - 2));
            if (inner.type() == EntityType.GPE && inner.last() == outer.last() && (before.equals("in") || worksOf)) {
                sink.add(RelationType.LOCATED_IN, outer, inner, null, outer.first(), outer.last());
            }
        }
    }

    /** "Kisumu Tool Plant": works named after the town they stand in (not after a country). */
    private void namedAfterTown(Occurrence outer) {
        if (!RelationCues.WORKS.contains(text.word(outer.last()))) {
            return;
        }
        Optional<Occurrence> town = text.namedAt(outer.first(), outer.last() - 1, EntityType.GPE)
                .filter(t -> text.entity(t.id())
                        .filter(e -> Gazetteer.load().country(e.name()).isEmpty())
                        .isPresent());
        town.ifPresent(t -> sink.add(RelationType.LOCATED_IN, outer, t, null, outer.first(), outer.last()));
    }
}
