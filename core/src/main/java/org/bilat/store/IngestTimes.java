package org.bilat.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * When facts entered the store: each document's ingest time, and for each canonical entity the time its first
 * document was ingested. A fact enters with its document, so a fact's time is its document's.
 *
 * @param documents document id to the instant it was stored
 * @param entities canonical entity id to the instant the first document naming it was stored
 */
public record IngestTimes(Map<String, Instant> documents, Map<String, Instant> entities) {
    public IngestTimes {
        documents = Map.copyOf(documents);
        entities = Map.copyOf(entities);
    }

    /** When the document with this id was stored. */
    public Optional<Instant> document(String documentId) {
        return Optional.ofNullable(documents.get(documentId));
    }
}
