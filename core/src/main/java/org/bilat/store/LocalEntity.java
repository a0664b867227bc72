package org.bilat.store;

import java.util.List;
import java.util.Objects;
import org.bilat.model.EntityType;
import org.bilat.model.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * An entity as one document told it, linked to its canonical entity.
 *
 * @param localId the id the document's extraction gave it
 * @param mergeReason why it was merged into a canonical entity that existed before, or null when it created it
 * @param mentions every mention, as the span and its exact text
 */
public record LocalEntity(
        String documentId,
        String localId,
        String name,
        EntityType type,
        @Nullable String mergeReason,
        List<Evidence> mentions) {
    public LocalEntity {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
    }
}
