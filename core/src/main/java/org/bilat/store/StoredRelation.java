package org.bilat.store;

import java.util.Objects;
import org.bilat.model.Relation;

/**
 * One document's relation as stored, at its position in the document's extraction.
 *
 * @param relation subject and object are canonical entity ids
 */
public record StoredRelation(String documentId, int seq, Relation relation) {
    public StoredRelation {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(relation, "relation");
    }
}
