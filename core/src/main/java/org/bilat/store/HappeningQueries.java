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
                l.id, l.name, l.type, e.review_status, COALESCE(e.fact_key, ''),
                (SELECT COUNT(*) FROM judgements j WHERE j.target_key = e.fact_key)
            FROM events e
            JOIN documents d ON d.id = e.document_id
            LEFT JOIN entities l ON l.id = e.location_id
            """;
    private static final String EVENTS_ORDER = " ORDER BY d.ingested_at, d.id, e.seq";
    /**
     * The happenings an entity takes part in, is the place of, or is named in the evidence of ("Polonez entered
     * service"); takes the entity id three times.
     */
    static final String HAPPENINGS_OF_ENTITY = """
            SELECT e.happening_id FROM events e
            JOIN event_participants p ON p.document_id = e.document_id AND p.event_seq = e.seq
            WHERE p.entity_id = ?
            UNION
            SELECT e.happening_id FROM events e WHERE e.location_id = ?
            UNION
            SELECT e.happening_id
            FROM document_entities de
            JOIN event_names n ON n.document_id = de.document_id AND n.local_id = de.local_id
            JOIN events e ON e.document_id = n.document_id AND e.seq = n.event_seq
            WHERE de.entity_id = ?
            """;

    private static final String PARTICIPANTS = """
            SELECT x.document_id, x.event_seq, en.id, en.name, en.type
            FROM event_participants x JOIN entities en ON en.id = x.entity_id
            """;
    private static final String PARTICIPANTS_ORDER = " ORDER BY x.document_id, x.event_seq, x.ord";
    private static final String EVIDENCE =
            "SELECT x.document_id, x.event_seq, x.start_pos, x.end_pos, x.quote FROM event_evidence x";
    private static final String EVIDENCE_ORDER = " ORDER BY x.document_id, x.event_seq, x.ord";
    private static final Jdbc.RowReader<Map.Entry<String, Evidence>> EVIDENCE_ROW =
            r -> Map.entry(r.getString(1) + " " + r.getInt(2), new Evidence(r.getInt(3), r.getInt(4), r.getString(5)));

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

    /**
     * Happenings that pass the filter, dated ones by date, undated ones last; {@code entityId} is canonical and, when
     * given, only its happenings are read; only the accounts of documents inside the cut count.
     */
    List<HappeningRow> list(TimelineFilter filter, @Nullable String entityId, DocumentCut cut) throws SQLException {
        Map<String, List<Account>> byHappening = new LinkedHashMap<>();
        for (Account account : accounts(entityId, filter.showRejected())) {
            if (!cut.admits(account.report().documentId())) {
                continue;
            }
            byHappening
                    .computeIfAbsent(account.happeningId(), id -> new ArrayList<>())
                    .add(account);
        }
        DateSpan years = DateSpan.years(filter.from(), filter.to());
        List<HappeningRow> rows = new ArrayList<>();
        for (List<Account> accounts : byHappening.values()) {
            HappeningRow row = happening(accounts);
            boolean typeFits = filter.type() == null || row.type() == filter.type();
            DateSpan span = DateSpan.parse(row.date()).orElse(null);
            boolean yearsFit = !filter.byYears() || (span != null && span.overlaps(years));
            if (typeFits && yearsFit) {
                rows.add(row);
            }
        }
        rows.sort(CHRONOLOGICAL);
        return rows;
    }

    /**
     * The happenings of these ids, in this order, each with its accounts from documents inside the cut, the rejected
     * ones only when shown; the participants and passages of those accounts only are read, not the rest of their
     * documents.
     */
    List<HappeningRow> of(List<String> happeningIds, boolean showRejected, DocumentCut cut) throws SQLException {
        if (happeningIds.isEmpty()) {
            return List.of();
        }
        String ids = " e.happening_id IN (" + Jdbc.marks(happeningIds) + ")";
        Object[] params = happeningIds.toArray();
        List<EventRow> rows = Jdbc.query(
                        connection,
                        EVENTS + " WHERE" + ids + " AND " + ReviewStatus.visible("e", showRejected) + EVENTS_ORDER,
                        HappeningQueries::eventRow,
                        params)
                .stream()
                .filter(row -> cut.admits(row.documentId()))
                .toList();
        String ofPage = " JOIN events e ON e.document_id = x.document_id AND e.seq = x.event_seq WHERE" + ids;
        Map<String, List<EntityRef>> participants =
                EntityRefs.byRecord(connection, PARTICIPANTS + ofPage + PARTICIPANTS_ORDER, params);
        Map<String, List<Evidence>> evidence =
                byEvent(Jdbc.query(connection, EVIDENCE + ofPage + EVIDENCE_ORDER, EVIDENCE_ROW, params));
        Map<String, List<Account>> byHappening = new LinkedHashMap<>();
        happeningIds.forEach(id -> byHappening.put(id, new ArrayList<>()));
        for (Account account : accounts(rows, participants, evidence)) {
            byHappening
                    .computeIfAbsent(account.happeningId(), k -> new ArrayList<>())
                    .add(account);
        }
        List<HappeningRow> happenings = new ArrayList<>();
        for (List<Account> accounts : byHappening.values()) {
            if (!accounts.isEmpty()) {
                happenings.add(happening(accounts));
            }
        }
        return happenings;
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
            @Nullable EntityRef location,
            String review,
            String factKey,
            int version) {}

    /** Every stored event, or only those of the entity's happenings; rejected ones only when shown. */
    private List<Account> accounts(@Nullable String entityId, boolean showRejected) throws SQLException {
        List<EventRow> rows = entityId == null
                ? Jdbc.query(
                        connection,
                        EVENTS + " WHERE " + ReviewStatus.visible("e", showRejected) + EVENTS_ORDER,
                        HappeningQueries::eventRow)
                : Jdbc.query(
                        connection,
                        EVENTS + " WHERE e.happening_id IN (" + HAPPENINGS_OF_ENTITY + ") AND "
                                + ReviewStatus.visible("e", showRejected) + EVENTS_ORDER,
                        HappeningQueries::eventRow,
                        entityId,
                        entityId,
                        entityId);
        List<String> documentIds = entityId == null
                ? null
                : rows.stream().map(EventRow::documentId).distinct().toList();
        return accounts(rows, participants(documentIds), evidence(documentIds));
    }

    private static List<Account> accounts(
            List<EventRow> rows, Map<String, List<EntityRef>> participants, Map<String, List<Evidence>> evidence) {
        List<Account> accounts = new ArrayList<>();
        for (EventRow row : rows) {
            EventReport report = new EventReport(
                    row.documentId(),
                    row.source(),
                    row.date(),
                    row.summary(),
                    evidence.getOrDefault(row.key(), List.of()),
                    row.linkReason(),
                    row.review(),
                    row.factKey(),
                    row.version());
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
                location,
                ReviewStatus.of(r.getString(12)),
                r.getString(13),
                r.getInt(14));
    }

    /** Each event's canonical participants in order, keyed by "document_id seq". */
    private Map<String, List<EntityRef>> participants(@Nullable List<String> documentIds) throws SQLException {
        if (documentIds == null) {
            return EntityRefs.byRecord(connection, PARTICIPANTS + PARTICIPANTS_ORDER);
        }
        return EntityRefs.ofDocuments(connection, PARTICIPANTS, "x.document_id", PARTICIPANTS_ORDER, documentIds);
    }

    /** Each event's evidence in order, keyed by "document_id seq". */
    private Map<String, List<Evidence>> evidence(@Nullable List<String> documentIds) throws SQLException {
        List<Map.Entry<String, Evidence>> rows = new ArrayList<>();
        if (documentIds == null) {
            rows.addAll(Jdbc.query(connection, EVIDENCE + EVIDENCE_ORDER, EVIDENCE_ROW));
        } else {
            for (List<String> chunk : Jdbc.chunks(documentIds)) {
                rows.addAll(Jdbc.query(
                        connection,
                        EVIDENCE + " WHERE x.document_id IN (" + Jdbc.marks(chunk) + ")" + EVIDENCE_ORDER,
                        EVIDENCE_ROW,
                        chunk.toArray()));
            }
        }
        return byEvent(rows);
    }

    private static Map<String, List<Evidence>> byEvent(List<Map.Entry<String, Evidence>> rows) {
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (Map.Entry<String, Evidence> entry : rows) {
            evidence.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
        }
        return evidence;
    }
}
