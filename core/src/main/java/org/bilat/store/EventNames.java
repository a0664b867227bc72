package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps the table {@code event_names}: which of a document's own entities have a mention inside a passage of each of
 * its events, so that an entity's happenings are found by an indexed join. The caller owns the transaction.
 */
final class EventNames {
    private static final String INSERT = "INSERT INTO event_names (document_id, event_seq, local_id)"
            + " SELECT DISTINCT ev.document_id, ev.event_seq, m.local_id FROM event_evidence ev"
            + " JOIN mentions m ON m.document_id = ev.document_id"
            + " AND m.start_pos >= ev.start_pos AND m.end_pos <= ev.end_pos"
            + " WHERE ev.document_id = ?";

    private EventNames() {}

    /** Links every event of the document, whose mentions and event passages are stored and not yet linked. */
    static void write(Connection connection, String documentId) throws SQLException {
        Jdbc.update(connection, INSERT, documentId);
    }

    /** Links one event of the document, stored after the document's other events were linked. */
    static void write(Connection connection, String documentId, int seq) throws SQLException {
        Jdbc.update(connection, INSERT + " AND ev.event_seq = ?", documentId, seq);
    }

    /** Unlinks one event, before it is deleted. */
    static void remove(Connection connection, String documentId, int seq) throws SQLException {
        Jdbc.update(connection, "DELETE FROM event_names WHERE document_id = ? AND event_seq = ?", documentId, seq);
    }
}
