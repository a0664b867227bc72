package org.bilat.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bilat.model.Document;
import org.bilat.store.CanonicalEntity;
import org.bilat.store.StoreContents;

/** Looks up the names behind the ids of the store's contents: entities' names and documents. */
final class Names {
    private final Map<String, String> entities = new HashMap<>();
    private final Map<String, Document> documents = new HashMap<>();

    Names(StoreContents contents) {
        contents.entities().forEach(e -> entities.put(e.id(), e.name()));
        contents.documents().forEach(d -> documents.put(StoreContents.documentId(d), d));
    }

    /** The entity's name, or the id itself when it is unknown. */
    String entity(String id) {
        return entities.getOrDefault(id, id);
    }

    /** The names of the entities, joined with "; ". */
    String entities(List<String> ids) {
        return ids.stream().map(this::entity).collect(Collectors.joining("; "));
    }

    Document document(String id) {
        Document document = documents.get(id);
        if (document == null) {
            throw new IllegalStateException("fact of missing document " + id);
        }
        return document;
    }

    /** Where the document came from: its URL when the path is one, else its file name. */
    String origin(String documentId) {
        Document document = document(documentId);
        String path = document.path();
        return path.startsWith("http://") || path.startsWith("https://") ? path : document.source();
    }

    static Map<String, CanonicalEntity> byId(StoreContents contents) {
        Map<String, CanonicalEntity> byId = new HashMap<>();
        contents.entities().forEach(e -> byId.put(e.id(), e));
        return byId;
    }
}
