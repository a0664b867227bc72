package org.bilat.extract.relations;

import java.util.List;
import org.bilat.model.RelationType;

/**
 * A pattern and the relations its match states, each between two of its captured mentions.
 *
 * @param subjectKind what the subject's name must hold for the relations to stand
 */
record RelationRule(RelationPattern pattern, List<Link> links, SubjectKind subjectKind) {
    /** A relation between the captures at {@code subject} and {@code object}. */
    record Link(RelationType type, int subject, int object) {}

    /** A condition on the words of the subject's name. */
    enum SubjectKind {
        /** Any name. */
        ANY,
        /** A name holding a sub-unit noun ("Bureau", "Committee"). */
        UNIT,
        /** A name with no sub-unit or state-body noun: a company, not a ministry ("Ruritania's Acme Steel"). */
        COMPANY,
        /** A name holding a noun of a body's seat abroad or branch ("Embassy", "Representative Office"). */
        PRESENCE,
        /** A name opening with a site noun: "port of Klow", "Port of Klow". */
        SITE,
        /** A name ending in a noun of works or a site: "Klow Tool Plant", "Lakeside Port". */
        WORKS,
        /** A name of a formation opening with its number: "5th Brigade", "80th Army". */
        FORMATION
    }

    static RelationRule of(String pattern, RelationType type, int subject, int object) {
        return new RelationRule(
                RelationPattern.parse(pattern), List.of(new Link(type, subject, object)), SubjectKind.ANY);
    }

    static RelationRule ofUnit(String pattern, int subject, int object) {
        return new RelationRule(
                RelationPattern.parse(pattern),
                List.of(new Link(RelationType.PART_OF, subject, object)),
                SubjectKind.UNIT);
    }

    static RelationRule ofCompany(String pattern, RelationType type, int subject, int object) {
        return new RelationRule(
                RelationPattern.parse(pattern), List.of(new Link(type, subject, object)), SubjectKind.COMPANY);
    }

    static RelationRule ofPresence(String pattern, int subject, int object) {
        return new RelationRule(
                RelationPattern.parse(pattern),
                List.of(new Link(RelationType.LOCATED_IN, subject, object)),
                SubjectKind.PRESENCE);
    }

    static RelationRule of(String pattern, RelationType type, int subject, int object, SubjectKind kind) {
        return new RelationRule(RelationPattern.parse(pattern), List.of(new Link(type, subject, object)), kind);
    }

    static RelationRule of(String pattern, List<Link> links) {
        return new RelationRule(RelationPattern.parse(pattern), links, SubjectKind.ANY);
    }
}
