package org.bilat.store;

import java.util.Objects;

/** A mention in a document's text and the canonical entity it names. */
public record DocumentMention(int start, int end, String surface, EntityRef entity) {
    public DocumentMention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(entity, "entity");
    }
}
