package org.bilat.store;

import java.util.List;
import org.bilat.model.Document;

/**
 * Everything a store holds, as plain records in a stable order (documents, entities and facts by id and position),
 * for exporting it and for loading it into another store unchanged.
 *
 * @param entities the canonical entities, each with how every document told it
 * @param events every document's events, participants and location as canonical entity ids
 * @param figures every document's figures, subjects as canonical entity ids
 * @param relations every document's relations, between canonical entity ids
 * @param levels every document's relationship levels, between canonical state ids
 */
public record StoreContents(
        List<Document> documents,
        List<CanonicalEntity> entities,
        List<StoredEvent> events,
        List<StoredFigure> figures,
        List<StoredRelation> relations,
        List<StoredLevel> levels) {
    public StoreContents {
        documents = List.copyOf(documents);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        figures = List.copyOf(figures);
        relations = List.copyOf(relations);
        levels = List.copyOf(levels);
    }

    /** The id the store gives a document: the first 16 hex digits of its content hash. */
    public static String documentId(Document document) {
        return DocumentWriter.documentId(document.contentHash());
    }

    /** Whether there is nothing in it. */
    public boolean isEmpty() {
        return documents.isEmpty();
    }
}
