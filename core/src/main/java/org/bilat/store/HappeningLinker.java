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
 *
 * <p>Candidates come from a window of the (type, first day) index and carry their shared-participant counts, so the
 * cost of a link does not grow with the number of stored events of the type.
 */
final class HappeningLinker {
    /**
     * Accounts of other documents, of one type, overlapping in date, sharing at least one of our participants, with
     * how many they share and how many they name; the arm narrows the date index to a window or to spans "a/b".
     */
    private static final String CANDIDATES = """
            SELECT e.document_id, e.seq, e.happening_id, d.source, e.date_text, COUNT(*),
                (SELECT COUNT(*) FROM event_participants a WHERE a.document_id = e.document_id AND a.event_seq = e.seq)
            FROM events e
            JOIN event_participants p ON p.document_id = e.document_id AND p.event_seq = e.seq AND p.entity_id IN ({participants})
            JOIN documents d ON d.id = e.document_id
            WHERE e.type = ? AND e.document_id <> ? AND e.first_day IS NOT NULL
                AND e.first_day <= ? AND e.last_day >= ? AND e.first_day >= ?{ranges}
                AND e.happening_id NOT IN (SELECT o.happening_id FROM events o WHERE o.document_id = ?)
            GROUP BY e.document_id, e.seq, e.happening_id, d.source, e.date_text
            """;

    /** The dates "a/b", which may cover more than a year; the partial index events_type_ranges holds just these (V8). */
    private static final String RANGES = "e.date_text LIKE '%/%'";

    private final Connection connection;

    HappeningLinker(Connection connection) {
        this.connection = connection;
    }

    /** An earlier account of another document: where it is, and how many of our participants it shares of its own. */
    private record Candidate(
            String documentId,
            int seq,
            String happeningId,
            String source,
            @Nullable String date,
            int shared,
            int participants) {}

    HappeningLink link(String documentId, int seq, EventType type, @Nullable String date, Set<String> participants)
            throws SQLException {
        DateSpan span = DateSpan.parse(date).orElse(null);
        Candidate best = null;
        if (span != null && !participants.isEmpty()) {
            for (Candidate candidate : candidates(documentId, type, span, List.copyOf(participants))) {
                int needed = Math.min(2, Math.min(candidate.participants(), participants.size()));
                if (candidate.shared() >= Math.max(1, needed) && (best == null || candidate.shared() > best.shared())) {
                    best = candidate;
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

    /** The candidates in the order of happening id, source and sequence, the first of equals winning. */
    private List<Candidate> candidates(String documentId, EventType type, DateSpan span, List<String> ours)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        for (String window : List.of(span.first().minusDays(366).toString(), "0000-00-00")) {
            params.addAll(ours);
            params.addAll(List.of(
                    type.name(),
                    documentId,
                    span.last().toString(),
                    span.first().toString(),
                    window));
            params.add(documentId);
        }
        String marks = Jdbc.marks(ours);
        return Jdbc.query(
                connection,
                // a date without "/" covers at most a year, so only those starting in the year before can reach ours
                CANDIDATES.replace("{participants}", marks).replace("{ranges}", "") + " UNION "
                        + CANDIDATES.replace("{participants}", marks).replace("{ranges}", " AND " + RANGES)
                        + " ORDER BY 3, 4, 2",
                r -> new Candidate(
                        r.getString(1),
                        r.getInt(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getInt(6),
                        r.getInt(7)),
                params.toArray());
    }

    private String reason(EventType type, Candidate account, @Nullable String date, Set<String> participants)
            throws SQLException {
        List<String> theirs = Jdbc.query(
                connection,
                "SELECT entity_id FROM event_participants WHERE document_id = ? AND event_seq = ? ORDER BY ord",
                r -> r.getString(1),
                account.documentId(),
                account.seq());
        Set<String> shared = new LinkedHashSet<>(theirs);
        shared.retainAll(new HashSet<>(participants));
        return "same type " + type + ", dates " + account.date() + " and " + date + " overlap, shared participants "
                + String.join(", ", shared) + " (as in " + account.source() + ")";
    }
}
