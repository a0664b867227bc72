package org.bilat.store;

import java.util.Objects;

/**
 * A document's entity that was linked to a canonical entity that already existed, and why.
 *
 * @param localId the entity's id in that document
 * @param localName the entity's name in that document
 */
public record MergeNote(String documentId, String localId, String localName, String reason) {
    public MergeNote {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(localName, "localName");
        Objects.requireNonNull(reason, "reason");
    }
}
