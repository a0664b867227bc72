package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.bilat.model.EntityType;

/** Reads one stored document with its full text and its mentions, each pointing at its canonical entity. */
final class DocumentTexts {
    private final Connection connection;
    private final DocumentQueries documents;

    DocumentTexts(Connection connection, DocumentQueries documents) {
        this.connection = connection;
        this.documents = documents;
    }

    Optional<DocumentText> find(String documentId) throws SQLException {
        Optional<DocumentRow> row = documents.withId(documentId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        record Stored(String mediaType, String path, String body) {}
        Stored stored = Jdbc.first(
                        connection,
                        "SELECT media_type, path, body FROM documents WHERE id = ?",
                        r -> new Stored(r.getString(1), r.getString(2), r.getString(3)),
                        documentId)
                .orElseThrow();
        List<DocumentMention> mentions = Jdbc.query(
                connection,
                """
                SELECT m.start_pos, m.end_pos, m.surface, e.id, e.name, e.type
                FROM mentions m
                JOIN document_entities de ON de.document_id = m.document_id AND de.local_id = m.local_id
                JOIN entities e ON e.id = de.entity_id
                WHERE m.document_id = ?
                ORDER BY m.start_pos, m.end_pos
                """,
                r -> new DocumentMention(
                        r.getInt(1),
                        r.getInt(2),
                        r.getString(3),
                        new EntityRef(r.getString(4), r.getString(5), EntityType.valueOf(r.getString(6)))),
                documentId);
        return Optional.of(new DocumentText(row.get(), stored.mediaType(), stored.path(), stored.body(), mentions));
    }
}
