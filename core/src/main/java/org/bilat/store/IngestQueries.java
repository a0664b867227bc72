package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads when documents were ingested, and so when each entity was first seen. */
final class IngestQueries {
    private final Connection connection;

    IngestQueries(Connection connection) {
        this.connection = connection;
    }

    /** When each document inside the cut was ingested, and when the first of them naming each entity was. */
    IngestTimes times(DocumentCut cut) throws SQLException {
        Map<String, Instant> documents = new HashMap<>();
        Jdbc.query(connection, "SELECT id, ingested_at FROM documents", r -> Map.entry(r.getString(1), r.getString(2)))
                .stream()
                .filter(e -> cut.admits(e.getKey()))
                .forEach(e -> documents.put(e.getKey(), Instant.parse(e.getValue())));
        Map<String, Instant> entities = new HashMap<>();
        Jdbc.query(
                        connection,
                        "SELECT de.entity_id, de.document_id FROM document_entities de",
                        r -> Map.entry(r.getString(1), r.getString(2)))
                .forEach(e -> earliest(entities, e.getKey(), documents.get(e.getValue())));
        return new IngestTimes(documents, entities);
    }

    /** When these documents were ingested; no entity times (a page needs only its documents'). */
    IngestTimes times(Collection<String> documentIds) throws SQLException {
        Map<String, Instant> documents = new HashMap<>();
        for (List<String> chunk : Jdbc.chunks(List.copyOf(new LinkedHashSet<>(documentIds)))) {
            Jdbc.query(
                            connection,
                            "SELECT id, ingested_at FROM documents WHERE id IN (" + Jdbc.marks(chunk) + ")",
                            r -> Map.entry(r.getString(1), r.getString(2)),
                            chunk.toArray())
                    .forEach(e -> documents.put(e.getKey(), Instant.parse(e.getValue())));
        }
        return new IngestTimes(documents, Map.of());
    }

    private static void earliest(Map<String, Instant> entities, String entityId, @Nullable Instant ingested) {
        if (ingested == null) {
            return;
        }
        entities.merge(entityId, ingested, (a, b) -> a.isBefore(b) ? a : b);
    }
}
