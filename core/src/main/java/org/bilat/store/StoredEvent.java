package org.bilat.store;

import java.util.Objects;
import org.bilat.model.Event;
import org.jspecify.annotations.Nullable;

/**
 * One document's event as stored: its position, the happening it belongs to and why it was linked there.
 *
 * @param event participants and location are canonical entity ids
 * @param linkReason why it joined a happening another document reported first, or null when it started it
 */
public record StoredEvent(
        String documentId,
        int seq,
        String happeningId,
        @Nullable String linkReason,
        Event event) {
    public StoredEvent {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(happeningId, "happeningId");
        Objects.requireNonNull(event, "event");
    }
}
