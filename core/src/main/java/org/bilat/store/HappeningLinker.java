package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bilat.model.EventType;
import org.jspecify.annotations.Nullable;

/**
 * Links a document's event to the happening another document already reports, or starts a new one. Two accounts are
 * one happening when their type is the same, both are dated and the dates overlap at the coarser precision, and they
 * share at least two canonical participants (one, when either names just one).
 */
final class HappeningLinker {
    private final Connection connection;

    HappeningLinker(Connection connection) {
        this.connection = connection;
    }

    /** An earlier account of another document, and its canonical participants. */
    private record Account(
            String happeningId, String source, @Nullable String date, List<String> participants) {}

    HappeningLink link(String documentId, int seq, EventType type, @Nullable String date, Set<String> participants)
            throws SQLException {
        DateSpan span = DateSpan.parse(date).orElse(null);
        Account best = null;
        int bestShared = 0;
        if (span != null && !participants.isEmpty()) {
            for (Account account : candidates(documentId, type, span)) {
                int shared = shared(account.participants(), participants).size();
                int needed = Math.min(2, Math.min(account.participants().size(), participants.size()));
                if (shared >= Math.max(1, needed) && shared > bestShared) {
                    best = account;
                    bestShared = shared;
                }
            }
        }
        if (best != null) {
            return new HappeningLink(best.happeningId(), reason(type, best, date, participants));
        }
        String id = documentId + "-" + seq;
        // an older extraction of this document may have started a happening by this id that another document keeps
        for (int n = 2; Jdbc.count(connection, "SELECT COUNT(*) FROM happenings WHERE id = ?", id) > 0; n++) {
            id = documentId + "-" + seq + "-" + n;
        }
        Jdbc.update(connection, "INSERT INTO happenings (id, type) VALUES (?, ?)", id, type.name());
        return new HappeningLink(id, null);
    }

    private List<Account> candidates(String documentId, EventType type, DateSpan span) throws SQLException {
        record Row(
                String documentId,
                int seq,
                String happeningId,
                String source,
                @Nullable String date) {}
        List<Row> rows = Jdbc.query(
                connection,
                """
                SELECT e.document_id, e.seq, e.happening_id, d.source, e.date_text
                FROM events e JOIN documents d ON d.id = e.document_id
                WHERE e.type = ? AND e.document_id <> ? AND e.first_day IS NOT NULL
                    AND e.first_day <= ? AND e.last_day >= ?
                    AND e.happening_id NOT IN (SELECT o.happening_id FROM events o WHERE o.document_id = ?)
                ORDER BY e.happening_id, d.source, e.seq
                """,
                r -> new Row(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5)),
                type.name(),
                documentId,
                span.last().toString(),
                span.first().toString(),
                documentId);
        List<Account> accounts = new ArrayList<>();
        for (Row row : rows) {
            List<String> participants = Jdbc.query(
                    connection,
                    "SELECT entity_id FROM event_participants WHERE document_id = ? AND event_seq = ? ORDER BY ord",
                    r -> r.getString(1),
                    row.documentId(),
                    row.seq());
            accounts.add(new Account(row.happeningId(), row.source(), row.date(), participants));
        }
        return accounts;
    }

    private static Set<String> shared(List<String> theirs, Set<String> ours) {
        Set<String> shared = new LinkedHashSet<>(theirs);
        shared.retainAll(new HashSet<>(ours));
        return shared;
    }

    private static String reason(EventType type, Account account, @Nullable String date, Set<String> participants) {
        return "same type " + type + ", dates " + account.date() + " and " + date + " overlap, shared participants "
                + String.join(", ", shared(account.participants(), participants)) + " (as in " + account.source()
                + ")";
    }
}
