package org.bilat.extract;

import java.util.List;
import org.bilat.model.RelationType;

/**
 * A pattern and the relations its match states, each between two of its captured mentions.
 *
 * @param unitSubject whether the subject's name must hold a sub-unit noun ("Bureau", "Committee")
 */
record RelationRule(RelationPattern pattern, List<Link> links, boolean unitSubject) {
    /** A relation between the captures at {@code subject} and {@code object}. */
    record Link(RelationType type, int subject, int object) {}

    static RelationRule of(String pattern, RelationType type, int subject, int object) {
        return new RelationRule(RelationPattern.parse(pattern), List.of(new Link(type, subject, object)), false);
    }

    static RelationRule ofUnit(String pattern, int subject, int object) {
        return new RelationRule(
                RelationPattern.parse(pattern), List.of(new Link(RelationType.PART_OF, subject, object)), true);
    }

    static RelationRule of(String pattern, List<Link> links) {
        return new RelationRule(RelationPattern.parse(pattern), links, false);
    }
}
