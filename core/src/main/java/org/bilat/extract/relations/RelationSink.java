package org.bilat.extract.relations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.model.Evidence;
import org.bilat.model.Relation;
import org.bilat.model.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * Collects the relations the rules find in one document: keeps those whose subject and object have the types the
 * schema allows, once per type, subject and object (the first evidence wins).
 */
final class RelationSink {
    private static final Set<EntityType> ACTORS = EnumSet.of(EntityType.ORG, EntityType.GPE);
    private static final Set<EntityType> BODIES = EnumSet.of(EntityType.ORG, EntityType.PROGRAM);
    private static final Set<EntityType> SITES = EnumSet.of(EntityType.ORG, EntityType.FAC);
    private static final Set<EntityType> PLACES = EnumSet.of(EntityType.GPE, EntityType.LOC, EntityType.FAC);

    private final RelationText text;
    private final List<Relation> relations = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    RelationSink(RelationText text) {
        this.text = text;
    }

    /**
     * Adds a relation whose evidence runs over tokens {@code from..to} (inclusive) and at least over both entities.
     */
    void add(RelationType type, Occurrence subject, Occurrence object, @Nullable String title, int from, int to) {
        if (subject.id().equals(object.id()) || !allows(type, subject.type(), object.type())) {
            return;
        }
        String key = type == RelationType.PARTNER && subject.id().compareTo(object.id()) > 0
                ? type + " " + object.id() + " " + subject.id()
                : type + " " + subject.id() + " " + object.id();
        if (!seen.add(key)) {
            return;
        }
        int first = Math.min(from, Math.min(subject.first(), object.first()));
        int last = Math.max(to, Math.max(subject.last(), object.last()));
        String whole = text.annotated().text();
        Evidence evidence =
                Evidence.of(whole, text.token(first).begin(), text.token(last).end());
        relations.add(new Relation(type, subject.id(), object.id(), title, evidence));
    }

    /** Whether a relation of {@code type} with subject {@code subjectId} was kept. */
    boolean has(RelationType type, String subjectId) {
        return relations.stream().anyMatch(r -> r.type() == type && r.subject().equals(subjectId));
    }

    List<Relation> relations() {
        return List.copyOf(relations);
    }

    static boolean allows(RelationType type, EntityType subject, EntityType object) {
        return switch (type) {
            case ROLE -> subject == EntityType.PERSON && (ACTORS.contains(object) || object == EntityType.PROGRAM);
            case PART_OF -> BODIES.contains(subject) && object == EntityType.ORG;
            case MEMBER_OF -> ACTORS.contains(subject) && object == EntityType.ORG;
            case LOCATED_IN -> SITES.contains(subject) && PLACES.contains(object);
            case PRODUCED_BY -> subject == EntityType.PRODUCT && object == EntityType.ORG;
            case PARTNER -> (SITES.contains(subject) || subject == EntityType.PROGRAM) && ACTORS.contains(object);
        };
    }
}
