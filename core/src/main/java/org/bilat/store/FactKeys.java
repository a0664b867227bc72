package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every fact without one its key: kind, document id, the machine's type (events and relations) and the offsets
 * of its first passage, with "#2", "#3"... when one document has two such facts.
 */
final class FactKeys {
    /** A fact waiting for its key. */
    private record Unkeyed(String documentId, int seq, String type, int start, int end) {}

    private static final String EVENTS = """
            SELECT e.document_id, e.seq, e.type, ev.start_pos, ev.end_pos FROM events e
            JOIN event_evidence ev ON ev.document_id = e.document_id AND ev.event_seq = e.seq AND ev.ord = 0
            WHERE e.fact_key IS NULL ORDER BY e.document_id, e.seq
            """;
    private static final String FIGURES = "SELECT document_id, seq, '', start_pos, end_pos FROM quantities"
            + " WHERE fact_key IS NULL ORDER BY document_id, seq";
    private static final String RELATIONS = "SELECT document_id, seq, type, start_pos, end_pos FROM relations"
            + " WHERE fact_key IS NULL ORDER BY document_id, seq";

    private FactKeys() {}

    /** Keys every fact that has none yet (those just written, or all of a store made before keys were kept). */
    static void assign(Connection connection) throws SQLException {
        assign(connection, FactKind.EVENT, EVENTS);
        assign(connection, FactKind.FIGURE, FIGURES);
        assign(connection, FactKind.RELATION, RELATIONS);
    }

    private static void assign(Connection connection, FactKind kind, String unkeyedSql) throws SQLException {
        List<Unkeyed> unkeyed = Jdbc.query(
                connection,
                unkeyedSql,
                r -> new Unkeyed(r.getString(1), r.getInt(2), r.getString(3), r.getInt(4), r.getInt(5)));
        if (unkeyed.isEmpty()) {
            return;
        }
        Set<String> taken = taken(connection, kind, unkeyed);
        for (Unkeyed fact : unkeyed) {
            String base = base(kind, fact);
            String key = base;
            for (int n = 2; !taken.add(key); n++) {
                key = base + "#" + n;
            }
            Jdbc.update(
                    connection,
                    "UPDATE " + kind.table() + " SET fact_key = ? WHERE document_id = ? AND seq = ?",
                    key,
                    fact.documentId(),
                    fact.seq());
        }
    }

    /** The keys given already in the documents of the unkeyed facts: a key names its document, so no other can hold it. */
    private static Set<String> taken(Connection connection, FactKind kind, List<Unkeyed> unkeyed) throws SQLException {
        List<String> documents =
                unkeyed.stream().map(Unkeyed::documentId).distinct().toList();
        Set<String> taken = new HashSet<>();
        for (List<String> chunk : Jdbc.chunks(documents)) {
            taken.addAll(Jdbc.query(
                    connection,
                    "SELECT fact_key FROM " + kind.table() + " WHERE fact_key IS NOT NULL AND document_id IN ("
                            + Jdbc.marks(chunk) + ")",
                    r -> r.getString(1),
                    chunk.toArray()));
        }
        return taken;
    }

    private static String base(FactKind kind, Unkeyed fact) {
        String type = fact.type().isEmpty() ? "" : fact.type() + ":";
        return kind.label() + ":" + fact.documentId() + ":" + type + fact.start() + "-" + fact.end();
    }

    /** The machine type a key names ("MEET"), or "" for a figure's. */
    static String type(String key) {
        String[] parts = key.split(":", -1);
        return parts.length == 4 ? parts[2] : "";
    }
}
