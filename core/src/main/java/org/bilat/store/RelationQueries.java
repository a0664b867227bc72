package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bilat.model.EntityType;
import org.bilat.model.Evidence;
import org.bilat.model.RelationType;
import org.jspecify.annotations.Nullable;

/** Reads the relations of an entity, one row per distinct relation with the passages of every document stating it. */
final class RelationQueries {
    private static final String SELECT = """
            SELECT r.type, s.id, s.name, s.type, o.id, o.name, o.type, r.title,
                r.document_id, d.source, r.start_pos, r.end_pos, r.quote, COALESCE(r.fact_key, ''), r.review_status,
                (SELECT COUNT(*) FROM judgements j WHERE j.target_key = r.fact_key)
            FROM relations r
            JOIN entities s ON s.id = r.subject_id
            JOIN entities o ON o.id = r.object_id
            JOIN documents d ON d.id = r.document_id
            """;
    private static final String ORDER = " ORDER BY r.type, s.name, o.name, d.source, r.start_pos";
    private static final String OF_ENTITY = " WHERE (r.subject_id = ? OR r.object_id = ?) AND ";
    private static final String GROUPS = " GROUP BY r.type, r.subject_id, r.object_id, COALESCE(r.title, '')";
    private static final String FIRST_KEYS = "SELECT r.type, r.subject_id, r.object_id, COALESCE(r.title, '')"
            + " FROM relations r JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id"
            + OF_ENTITY;
    private static final String GROUP_COUNT = "SELECT COUNT(*) FROM (SELECT r.type FROM relations r" + OF_ENTITY;

    private final Connection connection;

    RelationQueries(Connection connection) {
        this.connection = connection;
    }

    /** Relations from or to the canonical entity, grouped by type, ends and title; rejected ones only when shown. */
    List<RelationRow> of(String entityId, boolean showRejected) throws SQLException {
        return grouped(
                SELECT + " WHERE (r.subject_id = ? OR r.object_id = ?) AND " + ReviewStatus.visible("r", showRejected)
                        + ORDER,
                entityId,
                entityId);
    }

    /**
     * The first {@code limit} relations of {@link #of} (by type and the ends' names), chosen and counted by the
     * database, with every passage of those only; rejected ones only when shown.
     */
    FirstOf<RelationRow> firstOf(String entityId, boolean showRejected, int limit) throws SQLException {
        String visible = ReviewStatus.visible("r", showRejected);
        List<String> keys = Jdbc.query(
                connection,
                FIRST_KEYS + visible + GROUPS + ", s.name, o.name ORDER BY r.type, s.name, o.name, 2, 3, 4 LIMIT ?",
                r -> String.join("\t", r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                entityId,
                entityId,
                limit);
        int total = Jdbc.count(connection, GROUP_COUNT + visible + GROUPS + ") g", entityId, entityId);
        Map<String, RelationRow> byKey = new LinkedHashMap<>();
        for (RelationRow row : withKeys(entityId, showRejected, keys)) {
            byKey.put(key(row.type(), row.subject().id(), row.object().id(), row.title()), row);
        }
        return new FirstOf<>(
                keys.stream().map(byKey::get).filter(Objects::nonNull).toList(), total);
    }

    /** The relations of {@link #of(String, boolean)} with these keys only, read by their ends. */
    private List<RelationRow> withKeys(String entityId, boolean showRejected, List<String> keys) throws SQLException {
        Set<String> wanted = new HashSet<>(keys);
        List<String> others = keys.stream()
                .map(key -> key.split("\t", -1))
                .map(parts -> parts[1].equals(entityId) ? parts[2] : parts[1])
                .distinct()
                .toList();
        List<RelationRow> rows = new ArrayList<>();
        for (List<String> chunk : Jdbc.chunks(others)) {
            List<Object> params = new ArrayList<>();
            params.add(entityId);
            params.addAll(chunk);
            params.add(entityId);
            params.addAll(chunk);
            String marks = Jdbc.marks(chunk);
            rows.addAll(grouped(
                    SELECT + " WHERE ((r.subject_id = ? AND r.object_id IN (" + marks + ")) OR (r.object_id = ?"
                            + " AND r.subject_id IN (" + marks + "))) AND " + ReviewStatus.visible("r", showRejected)
                            + ORDER,
                    params.toArray()));
        }
        return rows.stream()
                .filter(row -> wanted.contains(
                        key(row.type(), row.subject().id(), row.object().id(), row.title())))
                .toList();
    }

    /** Every relation of the type, grouped by ends and title; rejected ones only when shown. */
    List<RelationRow> ofType(RelationType type, boolean showRejected) throws SQLException {
        return grouped(
                SELECT + " WHERE r.type = ? AND " + ReviewStatus.visible("r", showRejected) + ORDER, type.name());
    }

    /** What one grouped relation is: its type, ends and title. */
    private static String key(RelationType type, String subjectId, String objectId, @Nullable String title) {
        return String.join("\t", type.name(), subjectId, objectId, Objects.toString(title, ""));
    }

    private List<RelationRow> grouped(String sql, Object... params) throws SQLException {
        record Row(
                RelationType type,
                EntityRef subject,
                EntityRef object,
                @Nullable String title,
                Passage passage,
                RelationFact fact) {
            String key() {
                return RelationQueries.key(type, subject.id(), object.id(), title);
            }
        }
        List<Row> rows = Jdbc.query(
                connection,
                sql,
                r -> new Row(
                        RelationType.valueOf(r.getString(1)),
                        new EntityRef(r.getString(2), r.getString(3), EntityType.valueOf(r.getString(4))),
                        new EntityRef(r.getString(5), r.getString(6), EntityType.valueOf(r.getString(7))),
                        r.getString(8),
                        new Passage(
                                r.getString(9),
                                r.getString(10),
                                new Evidence(r.getInt(11), r.getInt(12), r.getString(13))),
                        new RelationFact(r.getString(14), ReviewStatus.of(r.getString(15)), r.getInt(16))),
                params);
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        rows.forEach(row ->
                grouped.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row));
        List<RelationRow> relations = new ArrayList<>();
        for (List<Row> group : grouped.values()) {
            Row first = group.get(0);
            relations.add(new RelationRow(
                    first.type(),
                    first.subject(),
                    first.object(),
                    first.title(),
                    group.stream().map(Row::passage).toList(),
                    group.stream().map(Row::fact).toList()));
        }
        return relations;
    }
}
