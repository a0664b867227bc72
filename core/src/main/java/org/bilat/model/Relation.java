package org.bilat.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A relation a document states between two entities.
 *
 * @param subject entity id of the subject
 * @param object entity id of the object
 * @param title the post, for a ROLE ("President", "Minister of Finance"), or null
 */
public record Relation(
        RelationType type,
        String subject,
        String object,
        @Nullable String title,
        Evidence evidence) {
    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(evidence, "evidence");
    }
}
