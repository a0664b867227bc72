package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.bilat.model.Evidence;
import org.bilat.model.Level;

/**
 * Writes one document's relationship levels, each pair pointing at canonical states, lower id first; a level whose
 * states the document does not define as entities is dropped. The caller owns the transaction and has checked the
 * evidence.
 */
final class LevelWriter {
    private final Connection connection;

    LevelWriter(Connection connection) {
        this.connection = connection;
    }

    void write(String documentId, List<Level> levels, Map<String, String> canonical) throws SQLException {
        for (int seq = 0; seq < levels.size(); seq++) {
            write(documentId, seq, levels.get(seq), canonical);
        }
    }

    private void write(String documentId, int seq, Level level, Map<String, String> canonical) throws SQLException {
        String one = canonical.get(level.states().get(0));
        String two = canonical.get(level.states().get(1));
        if (one == null || two == null || one.equals(two)) {
            return;
        }
        boolean ordered = one.compareTo(two) < 0;
        insert(
                documentId,
                seq,
                new Level(
                        ordered ? List.of(one, two) : List.of(two, one),
                        level.label(),
                        level.rank(),
                        level.date(),
                        level.formal(),
                        level.evidence()));
    }

    /** Inserts a level whose states are already canonical ids, lower first (as a store's contents hold them). */
    void insert(String documentId, int seq, Level level) throws SQLException {
        DateSpan span = DateSpan.parse(level.date()).orElse(null);
        Evidence evidence = level.evidence();
        Jdbc.update(
                connection,
                "INSERT INTO levels (document_id, seq, state_a, state_b, label, label_folded, ladder_rank, date_text,"
                        + " first_day, last_day, formal, start_pos, end_pos, quote)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                documentId,
                seq,
                level.states().get(0),
                level.states().get(1),
                level.label(),
                Folding.fold(level.label()),
                level.rank(),
                level.date(),
                span == null ? null : span.first().toString(),
                span == null ? null : span.last().toString(),
                level.formal() ? 1 : 0,
                evidence.start(),
                evidence.end(),
                evidence.quote());
    }
}
