package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilat.model.Document;
import org.bilat.model.EntityType;
import org.bilat.model.Evidence;

/** Reads the whole store as {@link StoreContents}: documents, canonical entities with their local ones, then facts. */
final class ContentsReader {
    private final Connection connection;

    ContentsReader(Connection connection) {
        this.connection = connection;
    }

    StoreContents read() throws SQLException {
        FactsReader facts = new FactsReader(connection);
        return new StoreContents(
                documents(), entities(), facts.events(), facts.figures(), facts.relations(), facts.levels());
    }

    private List<Document> documents() throws SQLException {
        return Jdbc.query(
                connection,
                "SELECT source, path, content_hash, media_type, body, title, author, publisher, published,"
                        + " published_from FROM documents ORDER BY id",
                row -> new Document(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7),
                        row.getString(8),
                        row.getString(9),
                        row.getString(10)));
    }

    private List<CanonicalEntity> entities() throws SQLException {
        Map<String, List<String>> aliases = grouped(
                "SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias", row -> row.getString(2));
        Map<String, List<LocalEntity>> locals = locals();
        return Jdbc.query(
                connection,
                "SELECT id, name, type FROM entities ORDER BY id",
                row -> new CanonicalEntity(
                        row.getString(1),
                        row.getString(2),
                        EntityType.valueOf(row.getString(3)),
                        aliases.getOrDefault(row.getString(1), List.of()),
                        locals.getOrDefault(row.getString(1), List.of())));
    }

    /** The local entities per canonical id, by document and local id, each with its mentions in order. */
    private Map<String, List<LocalEntity>> locals() throws SQLException {
        Map<String, List<Evidence>> mentions = grouped(
                "SELECT document_id || ' ' || local_id, start_pos, end_pos, surface FROM mentions"
                        + " ORDER BY document_id, local_id, start_pos, end_pos",
                row -> new Evidence(row.getInt(2), row.getInt(3), row.getString(4)));
        return grouped(
                "SELECT entity_id, document_id, local_id, name, type, merge_reason FROM document_entities"
                        + " ORDER BY entity_id, document_id, local_id",
                row -> new LocalEntity(
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        EntityType.valueOf(row.getString(5)),
                        row.getString(6),
                        mentions.getOrDefault(row.getString(2) + " " + row.getString(3), List.of())));
    }

    /** The rows of a query whose first column is the key, grouped by it in the query's order. */
    private <T> Map<String, List<T>> grouped(String sql, Jdbc.RowReader<T> reader) throws SQLException {
        return grouped(connection, sql, reader);
    }

    /** The rows of a query whose first column is the key, grouped by it in the query's order. */
    static <T> Map<String, List<T>> grouped(Connection connection, String sql, Jdbc.RowReader<T> reader)
            throws SQLException {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        Jdbc.query(connection, sql, row -> Map.entry(row.getString(1), reader.read(row)))
                .forEach(e -> groups.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return groups;
    }
}
