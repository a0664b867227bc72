package org.bilat.model;

/** The nine entity types of the extraction schema. */
public enum EntityType {
    PERSON,
    ORG,
    GPE,
    LOC,
    FAC,
    PRODUCT,
    LAW,
    PROGRAM,
    EVENT
}
