package org.bilat.model;

/** The relations SCHEMA.md names, each from a subject entity to an object entity. */
public enum RelationType {
    /** A person holds a post (the relation's title) in an organisation or state. */
    ROLE,
    /** An organisation belongs to a larger one. */
    PART_OF,
    /** A state or organisation is a member of an organisation. */
    MEMBER_OF,
    /** An organisation or site is in a place. */
    LOCATED_IN,
    /** A product is developed or made by an organisation. */
    PRODUCED_BY,
    /** An organisation is a partner in a joint venture or project. */
    PARTNER
}
