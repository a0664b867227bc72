package org.bilat.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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
    /** The review states counted per grouped relation, beside the unreviewed. */
    private static final List<String> REVIEWED = List.of("rejected", "added", "edited", "accepted");
    /** Grouped relations with their passages, those of each review, and (over every group) how many groups. */
    private static final String FIRST_GROUPS = "SELECT r.type, r.subject_id, r.object_id, COALESCE(r.title, ''),"
            + " COUNT(*), COUNT(*) OVER ()"
            + REVIEWED.stream()
                    .map(review -> ", SUM(CASE WHEN r.review_status = '" + review + "' THEN 1 ELSE 0 END)")
                    .collect(Collectors.joining())
            + " FROM relations r JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id"
            + OF_ENTITY;
    /**
     * The passages of {@link #SELECT} that {@code {where}} picks, only the first few of each grouped relation (the
     * limit is the last parameter): the database numbers them in the order of {@link #ORDER}.
     */
    private static final String FIRST_PASSAGES = """
            SELECT r.type, s.id, s.name, s.type, o.id, o.name, o.type, r.title,
                r.document_id, d.source, r.start_pos, r.end_pos, r.quote, COALESCE(r.fact_key, ''), r.review_status,
                (SELECT COUNT(*) FROM judgements j WHERE j.target_key = r.fact_key)
            FROM (SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r.type, r.subject_id, r.object_id, COALESCE(r.title, '')
                    ORDER BY d.source, r.start_pos) AS nth
                FROM relations r JOIN documents d ON d.id = r.document_id WHERE {where}) r
            JOIN entities s ON s.id = r.subject_id
            JOIN entities o ON o.id = r.object_id
            JOIN documents d ON d.id = r.document_id
            WHERE r.nth <= ?
            ORDER BY r.type, s.name, o.name, d.source, r.start_pos
            """;

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
     * database in one grouped query, each with its first {@code passageLimit} passages, how many it has and its
     * verdict over all of them; rejected ones only when shown.
     */
    FirstOf<RelationRow> firstOf(String entityId, boolean showRejected, int limit, int passageLimit)
            throws SQLException {
        String visible = ReviewStatus.visible("r", showRejected);
        List<Group> groups = Jdbc.query(
                connection,
                FIRST_GROUPS + visible + GROUPS + ", s.name, o.name ORDER BY r.type, s.name, o.name, 2, 3, 4 LIMIT ?",
                Group::read,
                entityId,
                entityId,
                limit);
        int total = groups.isEmpty() ? 0 : groups.get(0).groups();
        Map<String, RelationRow> byKey = new LinkedHashMap<>();
        List<String> others =
                groups.stream().map(g -> g.other(entityId)).distinct().toList();
        for (RelationRow row : between(entityId, others, showRejected, passageLimit)) {
            byKey.put(key(row.type(), row.subject().id(), row.object().id(), row.title()), row);
        }
        List<RelationRow> rows = new ArrayList<>();
        for (Group group : groups) {
            RelationRow row = byKey.get(group.key());
            if (row != null) {
                rows.add(new RelationRow(
                        row.type(),
                        row.subject(),
                        row.object(),
                        row.title(),
                        row.passages(),
                        row.facts(),
                        group.passages(),
                        RelationRow.verdict(group.reviews())));
            }
        }
        return new FirstOf<>(rows, total);
    }

    /** One grouped relation of {@link #firstOf}: its key, how many passages state it with each review, of how many. */
    private record Group(String key, int passages, Set<String> reviews, int groups) {
        static Group read(ResultSet r) throws SQLException {
            String key = String.join("\t", r.getString(1), r.getString(2), r.getString(3), r.getString(4));
            Set<String> reviews = new HashSet<>();
            int listed = 0;
            for (int i = 0; i < REVIEWED.size(); i++) {
                int count = r.getInt(7 + i);
                listed += count;
                if (count > 0) {
                    reviews.add(REVIEWED.get(i));
                }
            }
            if (listed < r.getInt(5)) {
                reviews.add("unreviewed");
            }
            return new Group(key, r.getInt(5), reviews, r.getInt(6));
        }

        String other(String entityId) {
            String[] parts = key.split("\t", -1);
            return parts[1].equals(entityId) ? parts[2] : parts[1];
        }
    }

    /**
     * Every relation between the canonical entity and each of {@code others} (either way round), each with its first
     * {@code passageLimit} passages, how many it has and its verdict over all of them; rejected ones only when shown.
     */
    List<RelationRow> between(String entityId, List<String> others, boolean showRejected, int passageLimit)
            throws SQLException {
        List<RelationRow> rows = new ArrayList<>();
        for (List<String> chunk : Jdbc.chunks(others)) {
            List<Object> params = new ArrayList<>();
            params.add(entityId);
            params.addAll(chunk);
            params.add(entityId);
            params.addAll(chunk);
            params.add(passageLimit);
            String marks = Jdbc.marks(chunk);
            rows.addAll(grouped(
                    FIRST_PASSAGES.replace(
                            "{where}",
                            "((r.subject_id = ? AND r.object_id IN (" + marks + ")) OR (r.object_id = ?"
                                    + " AND r.subject_id IN (" + marks + "))) AND "
                                    + ReviewStatus.visible("r", showRejected)),
                    params.toArray()));
        }
        return rows;
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
