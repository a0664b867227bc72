package org.bilat.store;

import java.util.Objects;

/**
 * What saving one document did.
 *
 * @param source the stored document's source (an earlier file's name when this content was seen before)
 * @param unchanged true when the content was already stored and nothing was written
 * @param entities the document's entities
 * @param newEntities canonical entities this document created
 * @param mergedEntities document entities linked to a canonical entity that already existed
 * @param mentions the document's mentions
 */
public record SavedDocument(
        String documentId,
        String source,
        boolean unchanged,
        int entities,
        int newEntities,
        int mergedEntities,
        int mentions) {
    public SavedDocument {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(source, "source");
    }
}
