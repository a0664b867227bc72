package org.bilat.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads stored documents with their entity and mention counts. */
final class DocumentQueries {
    private static final String SELECT = """
            SELECT d.id, d.source, d.title, d.author, d.publisher, d.published, d.published_from,
                (SELECT COUNT(*) FROM document_entities de WHERE de.document_id = d.id) AS entity_count,
                (SELECT COUNT(*) FROM mentions m WHERE m.document_id = d.id) AS mention_count
            FROM documents d
            """;
    private static final String ORDER = " ORDER BY d.source, d.id";

    private final Connection connection;

    DocumentQueries(Connection connection) {
        this.connection = connection;
    }

    List<DocumentRow> all() throws SQLException {
        return Jdbc.query(connection, SELECT + ORDER, DocumentQueries::row);
    }

    List<DocumentRow> mentioning(String entityId) throws SQLException {
        String where = " WHERE d.id IN (SELECT de.document_id FROM document_entities de WHERE de.entity_id = ?)";
        return Jdbc.query(connection, SELECT + where + ORDER, DocumentQueries::row, entityId);
    }

    /** The first {@code limit} documents mentioning the entity, by source: ids sorted and cut first, then their rows. */
    List<DocumentRow> mentioning(String entityId, int limit) throws SQLException {
        List<String> ids = Jdbc.query(
                connection,
                "SELECT d.id FROM documents d WHERE d.id IN (SELECT de.document_id FROM document_entities de"
                        + " WHERE de.entity_id = ?)" + ORDER + " LIMIT ?",
                r -> r.getString(1),
                entityId,
                limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        return Jdbc.query(
                connection,
                SELECT + " WHERE d.id IN (" + Jdbc.marks(ids) + ")" + ORDER,
                DocumentQueries::row,
                ids.toArray());
    }

    Optional<DocumentRow> withId(String id) throws SQLException {
        return Jdbc.first(connection, SELECT + " WHERE d.id = ?", DocumentQueries::row, id);
    }

    Optional<DocumentRow> withContent(String contentHash) throws SQLException {
        return Jdbc.first(connection, SELECT + " WHERE d.content_hash = ?", DocumentQueries::row, contentHash);
    }

    int count() throws SQLException {
        return Jdbc.count(connection, "SELECT COUNT(*) FROM documents");
    }

    String text(String documentId) throws SQLException {
        return body(documentId).orElseThrow(() -> new IllegalStateException("no document " + documentId));
    }

    Optional<String> body(String documentId) throws SQLException {
        return Jdbc.first(connection, "SELECT body FROM documents WHERE id = ?", r -> r.getString(1), documentId);
    }

    private static DocumentRow row(ResultSet row) throws SQLException {
        return new DocumentRow(
                row.getString("id"),
                row.getString("source"),
                row.getString("title"),
                row.getString("author"),
                row.getString("publisher"),
                row.getString("published"),
                row.getString("published_from"),
                row.getInt("entity_count"),
                row.getInt("mention_count"));
    }
}
