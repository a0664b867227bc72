package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilat.model.EntityType;

/** Reads the canonical entities a fact table lists per record (an event's participants, a figure's subjects). */
final class EntityRefs {
    private EntityRefs() {}

    /**
     * Runs {@code sql}, which selects document id, record number, entity id, name and type in order, and groups the
     * entities by record, keyed by "document_id number".
     */
    /**
     * {@link #byRecord} of the records of these documents only: {@code select} names the table's document column
     * {@code document}, and {@code order} follows the WHERE clause this adds, a chunk of documents at a time.
     */
    static Map<String, List<EntityRef>> ofDocuments(
            Connection connection, String select, String document, String order, List<String> documentIds)
            throws SQLException {
        Map<String, List<EntityRef>> grouped = new LinkedHashMap<>();
        for (List<String> chunk : Jdbc.chunks(documentIds)) {
            String sql = select + " WHERE " + document + " IN (" + Jdbc.marks(chunk) + ")" + order;
            grouped.putAll(byRecord(connection, sql, chunk.toArray()));
        }
        return grouped;
    }

    static Map<String, List<EntityRef>> byRecord(Connection connection, String sql, Object... params)
            throws SQLException {
        Map<String, List<EntityRef>> grouped = new LinkedHashMap<>();
        for (Map.Entry<String, EntityRef> entry : Jdbc.query(
                connection,
                sql,
                r -> Map.entry(
                        r.getString(1) + " " + r.getInt(2),
                        new EntityRef(r.getString(3), r.getString(4), EntityType.valueOf(r.getString(5)))),
                params)) {
            grouped.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
        }
        return grouped;
    }
}
