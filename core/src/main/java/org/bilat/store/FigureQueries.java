package org.bilat.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilat.model.Evidence;
import org.jspecify.annotations.Nullable;

/** Reads figures with their canonical subjects, ordered by measure and then date. */
final class FigureQueries {
    private static final Comparator<FigureRow> BY_MEASURE_THEN_DATE = Comparator.comparing(
                    (FigureRow f) -> Folding.fold(f.measure()))
            .thenComparing(
                    (FigureRow f) -> DateSpan.parse(f.date()).orElse(null),
                    Comparator.nullsLast(Comparator.comparing(DateSpan::first).thenComparing(DateSpan::last)))
            .thenComparing(FigureRow::source)
            .thenComparing(f -> f.evidence().start());

    private static final String SUBJECTS = """
            SELECT s.document_id, s.quantity_seq, en.id, en.name, en.type
            FROM quantity_subjects s JOIN entities en ON en.id = s.entity_id
            """;
    private static final String SUBJECTS_ORDER = " ORDER BY s.document_id, s.quantity_seq, s.ord";

    private static final String FIGURES = """
            SELECT q.document_id, q.seq, d.source, q.figure_value, q.unit, q.measure, q.qualifier, q.date_text,
                q.start_pos, q.end_pos, q.quote, q.review_status, COALESCE(q.fact_key, ''),
                (SELECT COUNT(*) FROM judgements j WHERE j.target_key = q.fact_key)""";
    private static final String PAGE_FROM = " FROM quantities q JOIN documents d ON d.id = q.document_id";
    /** The order of {@link #BY_MEASURE_THEN_DATE}, in SQL: undated figures last. */
    private static final String PAGE_ORDER = " ORDER BY q.measure_folded, COALESCE(q.first_day, '9999-99-99'),"
            + " COALESCE(q.last_day, '9999-99-99'), d.source, q.start_pos";

    private final Connection connection;

    FigureQueries(Connection connection) {
        this.connection = connection;
    }

    /** Figures whose measure has every word of the filter's and whose subjects include {@code entityId} (canonical). */
    List<FigureRow> list(@Nullable String measureWords, @Nullable String entityId, boolean showRejected)
            throws SQLException {
        Set<String> wanted = measureWords == null ? Set.of() : words(measureWords);
        if (measureWords != null && wanted.isEmpty()) {
            return List.of(); // only signs such as "%" or "_", which no measure's words are
        }
        List<FigureRow> rows = new ArrayList<>();
        for (FigureRow row : entityId == null ? withRejected() : about(entityId)) {
            if (words(row.measure()).containsAll(wanted) && (showRejected || !ReviewStatus.rejected(row.review()))) {
                rows.add(row);
            }
        }
        rows.sort(BY_MEASURE_THEN_DATE);
        return rows;
    }

    /** Every figure not rejected, in the order it was stored. */
    List<FigureRow> all() throws SQLException {
        return all(false);
    }

    /** Every figure, rejected ones only when shown, in the order it was stored. */
    List<FigureRow> all(boolean showRejected) throws SQLException {
        return withRejected().stream()
                .filter(row -> showRejected || !ReviewStatus.rejected(row.review()))
                .toList();
    }

    private List<FigureRow> withRejected() throws SQLException {
        return read("", EntityRefs.byRecord(connection, SUBJECTS + SUBJECTS_ORDER));
    }

    /** The figures that have the entity among their subjects. */
    private List<FigureRow> about(String entityId) throws SQLException {
        String documents = "(SELECT w.document_id FROM quantity_subjects w WHERE w.entity_id = ?)";
        Map<String, List<EntityRef>> subjects = EntityRefs.byRecord(
                connection, SUBJECTS + " WHERE s.document_id IN " + documents + SUBJECTS_ORDER, entityId);
        String own = " WHERE q.document_id IN " + documents + " AND EXISTS (SELECT 1 FROM quantity_subjects w"
                + " WHERE w.document_id = q.document_id AND w.quantity_seq = q.seq AND w.entity_id = ?)";
        return read(own, subjects, entityId, entityId);
    }

    /**
     * The first {@code limit} figures about the canonical entity in the order of {@link #list}, sorted, cut and counted
     * by the database in one query; only the subjects of those are read.
     */
    FirstOf<FigureRow> firstAbout(String entityId, boolean showRejected, int limit) throws SQLException {
        String about = " JOIN quantity_subjects w ON w.document_id = q.document_id AND w.quantity_seq = q.seq"
                + " WHERE w.entity_id = ? AND " + ReviewStatus.visible("q", showRejected);
        record Counted(String record, FigureRow row, int total) {}
        List<Counted> rows = Jdbc.query(
                connection,
                FIGURES + ", COUNT(*) OVER ()" + PAGE_FROM + about + PAGE_ORDER + " LIMIT ?",
                r -> new Counted(r.getString(1) + " " + r.getInt(2), row(r, Map.of()), r.getInt(15)),
                entityId,
                limit);
        List<String> documents =
                rows.stream().map(c -> c.row().documentId()).distinct().toList();
        Map<String, List<EntityRef>> subjects =
                EntityRefs.ofDocuments(connection, SUBJECTS, "s.document_id", SUBJECTS_ORDER, documents);
        return new FirstOf<>(
                rows.stream()
                        .map(c -> c.row().withSubjects(subjects.getOrDefault(c.record(), List.of())))
                        .toList(),
                rows.isEmpty() ? 0 : rows.get(0).total());
    }

    private List<FigureRow> read(String where, Map<String, List<EntityRef>> subjects, Object... params)
            throws SQLException {
        return query(FIGURES + PAGE_FROM + where + " ORDER BY d.ingested_at, d.id, q.seq", subjects, params);
    }

    private List<FigureRow> query(String sql, Map<String, List<EntityRef>> subjects, Object... params)
            throws SQLException {
        return Jdbc.query(connection, sql, r -> row(r, subjects), params);
    }

    /** The figure of a row of {@link #FIGURES}, its subjects found by document and figure. */
    private static FigureRow row(ResultSet r, Map<String, List<EntityRef>> subjects) throws SQLException {
        return new FigureRow(
                r.getString(1),
                r.getString(3),
                r.getDouble(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                subjects.getOrDefault(r.getString(1) + " " + r.getInt(2), List.of()),
                r.getString(8),
                new Evidence(r.getInt(9), r.getInt(10), r.getString(11)),
                ReviewStatus.of(r.getString(12)),
                r.getString(13),
                r.getInt(14));
    }

    private static Set<String> words(String text) {
        String folded = Folding.fold(text);
        return folded.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(folded.split(" ")));
    }
}
