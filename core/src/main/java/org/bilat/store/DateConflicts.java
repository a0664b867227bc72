package org.bilat.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilat.model.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * Finds documents that date one thing differently: events of one type from different documents whose evidence
 * mentions the same named thing that is not an actor (a product, law, site, programme or named event), and whose
 * dates, each stated in its passage, do not overlap, where neither document also has an account of that thing at the
 * other's date.
 */
final class DateConflicts {
    private static final String ACCOUNTS = """
            SELECT e.document_id, e.seq, e.type, e.date_text, d.source, en.id, en.name,
                ev.start_pos, ev.end_pos, ev.quote, e.review_status
            FROM event_evidence ev
            JOIN events e ON e.document_id = ev.document_id AND e.seq = ev.event_seq
            JOIN documents d ON d.id = e.document_id
            JOIN mentions m ON m.document_id = ev.document_id
                AND m.start_pos >= ev.start_pos AND m.end_pos <= ev.end_pos
            JOIN document_entities de ON de.document_id = m.document_id AND de.local_id = m.local_id
            JOIN entities en ON en.id = de.entity_id
            WHERE e.date_text IS NOT NULL AND en.type IN ('PRODUCT', 'LAW', 'FAC', 'PROGRAM', 'EVENT') AND\s
            """;
    private static final String ORDER = " ORDER BY en.id, e.type, d.source, e.seq, ev.ord";

    private final Connection connection;

    DateConflicts(Connection connection) {
        this.connection = connection;
    }

    /** A dated event of one document about a thing, with the first passage that names the thing. */
    private record Account(
            String thingId,
            String thing,
            String type,
            String date,
            DateSpan span,
            Passage passage,
            String event,
            String review) {
        String group() {
            return thingId + "\t" + type;
        }
    }

    /** The conflicts between accounts of documents inside the cut, with rejected accounts too when asked. */
    List<Conflict> find(DocumentCut cut, boolean showRejected) throws SQLException {
        Map<String, List<Account>> groups = new LinkedHashMap<>();
        Set<String> seenEvents = new LinkedHashSet<>();
        for (Account account : accounts(showRejected)) {
            if (cut.admits(account.passage().documentId())
                    && seenEvents.add(account.thingId() + "\t" + account.event())) {
                groups.computeIfAbsent(account.group(), k -> new ArrayList<>()).add(account);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (List<Account> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Conflict conflict = conflict(group, group.get(i), group.get(j));
                    if (conflict != null && seen.add(conflict.toString())) {
                        conflicts.add(conflict);
                    }
                }
            }
        }
        return conflicts;
    }

    private static @Nullable Conflict conflict(List<Account> group, Account a, Account b) {
        String docA = a.passage().documentId();
        String docB = b.passage().documentId();
        if (docA.equals(docB) || a.span().overlaps(b.span()) || tellsAt(group, docB, a) || tellsAt(group, docA, b)) {
            return null;
        }
        List<Account> sides = new ArrayList<>(List.of(a, b));
        sides.sort(Comparator.comparing((Account s) -> s.span().first())
                .thenComparing(s -> s.passage().source()));
        List<Claim> claims = sides.stream()
                .map(s -> new Claim(s.date(), s.passage(), s.review()))
                .toList();
        return new Conflict(Conflict.Kind.DATE, a.thing() + " (" + a.type() + ")", claims);
    }

    /** Whether the document has an account in the group dated so that it overlaps {@code other}. */
    private static boolean tellsAt(List<Account> group, String documentId, Account other) {
        return group.stream()
                .anyMatch(s ->
                        s.passage().documentId().equals(documentId) && s.span().overlaps(other.span()));
    }

    private List<Account> accounts(boolean showRejected) throws SQLException {
        String sql = ACCOUNTS + ReviewStatus.visible("e", showRejected) + ORDER;
        return Jdbc.query(connection, sql, DateConflicts::account).stream()
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Whether the passage itself gives the date's year: a date the extractor carried over from a neighbouring sentence
     * is not a source's claim about this thing.
     */
    static boolean statesItsYear(String quote, String date) {
        for (String part : date.split("/", -1)) {
            if (part.length() >= 4 && quote.contains(part.substring(0, 4))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Account> account(ResultSet r) throws SQLException {
        Optional<DateSpan> span = DateSpan.parse(r.getString(4));
        if (span.isEmpty() || !statesItsYear(r.getString(10), r.getString(4))) {
            return Optional.empty();
        }
        Evidence evidence = new Evidence(r.getInt(8), r.getInt(9), r.getString(10));
        Passage passage = new Passage(r.getString(1), r.getString(5), evidence);
        String event = r.getString(1) + " " + r.getInt(2);
        return Optional.of(new Account(
                r.getString(6),
                r.getString(7),
                r.getString(3),
                r.getString(4),
                span.get(),
                passage,
                event,
                ReviewStatus.of(r.getString(11))));
    }
}
