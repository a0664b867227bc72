package org.bilat.store;

import java.util.Objects;
import org.bilat.model.Level;

/**
 * One document's relationship level as stored, at its position in the document's extraction.
 *
 * @param level its two states are canonical entity ids, the lower id first
 */
public record StoredLevel(String documentId, int seq, Level level) {
    public StoredLevel {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(level, "level");
    }
}
