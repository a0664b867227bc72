package org.bilat.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilat.model.EntityType;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.jspecify.annotations.Nullable;

/** Reads happenings with every document's account of them, in the order of their dates. */
final class HappeningQueries {
    private static final Comparator<HappeningRow> CHRONOLOGICAL = Comparator.comparing(
                    (HappeningRow h) -> DateSpan.parse(h.date()).orElse(null),
                    Comparator.nullsLast(Comparator.comparing(DateSpan::first).thenComparing(DateSpan::last)))
            .thenComparing(HappeningRow::type)
            .thenComparing(HappeningRow::id);

    private static final String EVENTS = """
            SELECT e.document_id, e.seq, e.happening_id, e.type, d.source, e.date_text, e.summary, e.link_reason,
                l.id, l.name, l.type
            FROM events e
            JOIN documents d ON d.id = e.document_id
            LEFT JOIN entities l ON l.id = e.location_id
            ORDER BY d.ingested_at, d.id, e.seq
            """;

    private final Connection connection;

    HappeningQueries(Connection connection) {
        this.connection = connection;
    }

    /** One stored event with what it names, before its happening is put together. */
    private record Account(
            String happeningId,
            EventType type,
            @Nullable EntityRef location,
            List<EntityRef> participants,
            EventReport report) {}

    /** Happenings that pass the filter, dated ones by date, undated ones last; {@code entityId} is canonical. */
    List<HappeningRow> list(TimelineFilter filter, @Nullable String entityId) throws SQLException {
        Map<String, List<Account>> byHappening = new LinkedHashMap<>();
        for (Account account : accounts()) {
            byHappening
                    .computeIfAbsent(account.happeningId(), id -> new ArrayList<>())
                    .add(account);
        }
        Set<String> named = entityId == null ? Set.of() : namedIn(entityId);
        DateSpan years = DateSpan.years(filter.from(), filter.to());
        List<HappeningRow> rows = new ArrayList<>();
        for (List<Account> accounts : byHappening.values()) {
            HappeningRow row = happening(accounts);
            boolean typeFits = filter.type() == null || row.type() == filter.type();
            boolean entityFits = entityId == null
                    || involves(accounts, entityId)
                    || named.contains(accounts.get(0).happeningId());
            DateSpan span = DateSpan.parse(row.date()).orElse(null);
            boolean yearsFit = !filter.byYears() || (span != null && span.overlaps(years));
            if (typeFits && entityFits && yearsFit) {
                rows.add(row);
            }
        }
        rows.sort(CHRONOLOGICAL);
        return rows;
    }

    /** Happenings whose evidence names the entity, though not as an actor ("Polonez entered service"). */
    private Set<String> namedIn(String entityId) throws SQLException {
        return new HashSet<>(Jdbc.query(connection, """
                SELECT DISTINCT e.happening_id
                FROM event_evidence ev
                JOIN events e ON e.document_id = ev.document_id AND e.seq = ev.event_seq
                JOIN mentions m ON m.document_id = ev.document_id
                    AND m.start_pos >= ev.start_pos AND m.end_pos <= ev.end_pos
                JOIN document_entities de ON de.document_id = m.document_id AND de.local_id = m.local_id
                WHERE de.entity_id = ?
                """, r -> r.getString(1), entityId));
    }

    private static boolean involves(List<Account> accounts, String entityId) {
        for (Account account : accounts) {
            EntityRef location = account.location();
            boolean there = location != null && location.id().equals(entityId);
            if (there || account.participants().stream().anyMatch(p -> p.id().equals(entityId))) {
                return true;
            }
        }
        return false;
    }

    /** The happening of its accounts: the most precise date and its summary, every participant once. */
    private static HappeningRow happening(List<Account> accounts) {
        Account dated = accounts.get(0);
        long narrowest = Long.MAX_VALUE;
        for (Account account : accounts) {
            DateSpan span = DateSpan.parse(account.report().date()).orElse(null);
            if (span != null && span.days() < narrowest) {
                narrowest = span.days();
                dated = account;
            }
        }
        Set<EntityRef> participants = new LinkedHashSet<>();
        EntityRef location = null;
        for (Account account : accounts) {
            participants.addAll(account.participants());
            location = location == null ? account.location() : location;
        }
        String date = narrowest == Long.MAX_VALUE ? null : dated.report().date();
        List<EventReport> reports = accounts.stream().map(Account::report).toList();
        return new HappeningRow(
                dated.happeningId(),
                dated.type(),
                date,
                List.copyOf(participants),
                location,
                dated.report().summary(),
                reports);
    }

    /** An events row with its document's source and its place. */
    private record EventRow(
            String key,
            String happeningId,
            EventType type,
            String documentId,
            String source,
            @Nullable String date,
            String summary,
            @Nullable String linkReason,
            @Nullable EntityRef location) {}

    private List<Account> accounts() throws SQLException {
        List<EventRow> rows = Jdbc.query(connection, EVENTS, HappeningQueries::eventRow);
        Map<String, List<EntityRef>> participants = participants();
        Map<String, List<Evidence>> evidence = evidence();
        List<Account> accounts = new ArrayList<>();
        for (EventRow row : rows) {
            EventReport report = new EventReport(
                    row.documentId(),
                    row.source(),
                    row.date(),
                    row.summary(),
                    evidence.getOrDefault(row.key(), List.of()),
                    row.linkReason());
            List<EntityRef> actors = participants.getOrDefault(row.key(), List.of());
            accounts.add(new Account(row.happeningId(), row.type(), row.location(), actors, report));
        }
        return accounts;
    }

    private static EventRow eventRow(ResultSet r) throws SQLException {
        String locationId = r.getString(9);
        EntityRef location = locationId == null
                ? null
                : new EntityRef(locationId, r.getString(10), EntityType.valueOf(r.getString(11)));
        return new EventRow(
                r.getString(1) + " " + r.getInt(2),
                r.getString(3),
                EventType.valueOf(r.getString(4)),
                r.getString(1),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                location);
    }

    /** Each event's canonical participants in order, keyed by "document_id seq". */
    private Map<String, List<EntityRef>> participants() throws SQLException {
        return EntityRefs.byRecord(connection, """
                SELECT p.document_id, p.event_seq, en.id, en.name, en.type
                FROM event_participants p JOIN entities en ON en.id = p.entity_id
                ORDER BY p.document_id, p.event_seq, p.ord
                """);
    }

    /** Each event's evidence in order, keyed by "document_id seq". */
    private Map<String, List<Evidence>> evidence() throws SQLException {
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (Map.Entry<String, Evidence> entry : Jdbc.query(
                connection,
                """
                SELECT document_id, event_seq, start_pos, end_pos, quote
                FROM event_evidence ORDER BY document_id, event_seq, ord
                """,
                r -> Map.entry(
                        r.getString(1) + " " + r.getInt(2), new Evidence(r.getInt(3), r.getInt(4), r.getString(5))))) {
            evidence.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
        }
        return evidence;
    }
}
