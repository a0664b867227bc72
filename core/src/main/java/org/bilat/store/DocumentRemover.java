package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Removes an older version of a document with everything stored for it: its facts, the happenings only it reported,
 * its mentions and entity links, and the entities no other document names. Judgements stay; they find their facts
 * again in the new version by their quotes, or are orphaned. The caller owns the transaction around it.
 */
final class DocumentRemover {
    private static final List<String> FACT_TABLES = List.of(
            "DELETE FROM event_names WHERE document_id = ?",
            "DELETE FROM event_participants WHERE document_id = ?",
            "DELETE FROM event_evidence WHERE document_id = ?",
            "DELETE FROM events WHERE document_id = ?",
            "DELETE FROM quantity_subjects WHERE document_id = ?",
            "DELETE FROM quantities WHERE document_id = ?",
            "DELETE FROM relations WHERE document_id = ?",
            "DELETE FROM levels WHERE document_id = ?",
            "DELETE FROM mentions WHERE document_id = ?",
            "DELETE FROM document_entities WHERE document_id = ?",
            "DELETE FROM documents WHERE id = ?");
    private static final String UNNAMED =
            "SELECT id FROM entities WHERE id NOT IN (SELECT entity_id FROM document_entities)";

    private final Connection connection;

    DocumentRemover(Connection connection) {
        this.connection = connection;
    }

    /** The ids of stored documents read from this path whose content differs from {@code contentHash}. */
    List<String> olderVersions(String path, String contentHash) throws SQLException {
        return Jdbc.query(
                connection,
                "SELECT id FROM documents WHERE path = ? AND content_hash <> ?",
                r -> r.getString(1),
                path,
                contentHash);
    }

    void remove(String documentId) throws SQLException {
        for (String delete : FACT_TABLES) {
            Jdbc.update(connection, delete, documentId);
        }
        Jdbc.update(connection, "DELETE FROM happenings WHERE id NOT IN (SELECT happening_id FROM events)");
        for (String entityId : Jdbc.query(connection, UNNAMED, r -> r.getString(1))) {
            Jdbc.update(connection, "DELETE FROM entity_aliases WHERE entity_id = ?", entityId);
            Jdbc.update(connection, "DELETE FROM entity_keys WHERE entity_id = ?", entityId);
            Jdbc.update(connection, "DELETE FROM entities WHERE id = ?", entityId);
        }
    }
}
