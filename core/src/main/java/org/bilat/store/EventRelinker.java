package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bilat.model.EventType;
import org.jspecify.annotations.Nullable;

/**
 * Links an edited event again: it leaves its happening and joins the one its new type, date and participants make it
 * an account of, or starts its own; a happening left without accounts is removed.
 */
final class EventRelinker {
    private static final String ORPHANS = "DELETE FROM happenings WHERE id NOT IN (SELECT happening_id FROM events)";

    private final Connection connection;

    EventRelinker(Connection connection) {
        this.connection = connection;
    }

    void relink(String documentId, int seq) throws SQLException {
        record Stored(EventType type, @Nullable String date) {}
        Stored event = Jdbc.first(
                        connection,
                        "SELECT type, date_text FROM events WHERE document_id = ? AND seq = ?",
                        r -> new Stored(EventType.valueOf(r.getString(1)), r.getString(2)),
                        documentId,
                        seq)
                .orElseThrow();
        Set<String> participants = new LinkedHashSet<>(Jdbc.query(
                connection,
                "SELECT entity_id FROM event_participants WHERE document_id = ? AND event_seq = ? ORDER BY ord",
                r -> r.getString(1),
                documentId,
                seq));
        // alone in a happening of its own first, so that the linker does not take its old happening for another's
        String alone = "relink-" + documentId + "-" + seq;
        Jdbc.update(
                connection,
                "INSERT INTO happenings (id, type) VALUES (?, ?)",
                alone,
                event.type().name());
        setHappening(documentId, seq, alone, null);
        Jdbc.update(connection, ORPHANS);
        HappeningLink link =
                new HappeningLinker(connection).link(documentId, seq, event.type(), event.date(), participants);
        setHappening(documentId, seq, link.happeningId(), link.reason());
        Jdbc.update(connection, ORPHANS);
    }

    private void setHappening(String documentId, int seq, String happeningId, @Nullable String reason)
            throws SQLException {
        Jdbc.update(
                connection,
                "UPDATE events SET happening_id = ?, link_reason = ? WHERE document_id = ? AND seq = ?",
                happeningId,
                reason,
                documentId,
                seq);
    }
}
