package org.bilat.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilat.model.EntityType;
import org.jspecify.annotations.Nullable;

/** Reads canonical entities with their aliases and their document and mention counts. */
final class EntityQueries {
    private static final String SELECT = """
            SELECT e.id, e.name, e.type,
                (SELECT COUNT(DISTINCT de.document_id) FROM document_entities de
                    WHERE de.entity_id = e.id) AS document_count,
                (SELECT COUNT(*) FROM mentions m JOIN document_entities de
                    ON de.document_id = m.document_id AND de.local_id = m.local_id
                    WHERE de.entity_id = e.id) AS mention_count
            FROM entities e
            """;
    private static final String ORDER = " ORDER BY mention_count DESC, e.name, e.id LIMIT ?";
    private static final String ALIAS_LIKE =
            "EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND a.alias_folded LIKE ? ESCAPE '!')";
    private static final String ALIAS_IS =
            "EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND a.alias_folded = ?)";

    private final Connection connection;

    EntityQueries(Connection connection) {
        this.connection = connection;
    }

    /** Entities of the type whose name or an alias contains the query (null: any), most mentioned first. */
    List<EntityRow> list(@Nullable EntityType type, @Nullable String query, int limit) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (type != null) {
            conditions.add("e.type = ?");
            params.add(type.name());
        }
        if (query != null && !query.isBlank()) {
            if (Folding.fold(query).isEmpty()) {
                return List.of(); // only signs such as "%" or "_", which no folded name holds
            }
            conditions.add("(e.name_folded LIKE ? ESCAPE '!' OR " + ALIAS_LIKE + ")");
            params.add(Folding.containing(query));
            params.add(Folding.containing(query));
        }
        params.add(limit);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return withAliases(Jdbc.query(connection, SELECT + where + ORDER, EntityQueries::row, params.toArray()));
    }

    /** Whether a canonical entity has this id: a lookup by key, without the counts of {@link #withId}. */
    boolean has(String id) throws SQLException {
        return Jdbc.first(connection, "SELECT 1 FROM entities WHERE id = ?", r -> true, id)
                .isPresent();
    }

    Optional<EntityRow> withId(String id) throws SQLException {
        return first(" WHERE e.id = ?", id, 1);
    }

    /** The most mentioned entity whose name or an alias is the given one, ignoring case. */
    Optional<EntityRow> named(String name) throws SQLException {
        String folded = Folding.fold(name);
        return first(" WHERE e.name_folded = ? OR " + ALIAS_IS, folded, folded, 1);
    }

    Map<EntityType, Integer> countPerType() throws SQLException {
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        String sql = "SELECT type, COUNT(*) FROM entities GROUP BY type";
        for (Map.Entry<EntityType, Integer> entry : Jdbc.query(connection, sql, EntityQueries::typeCount)) {
            counts.put(entry.getKey(), entry.getValue());
        }
        return counts;
    }

    private Optional<EntityRow> first(String where, Object... params) throws SQLException {
        return withAliases(Jdbc.query(connection, SELECT + where + ORDER, EntityQueries::row, params)).stream()
                .findFirst();
    }

    private List<EntityRow> withAliases(List<EntityRow> rows) throws SQLException {
        List<EntityRow> result = new ArrayList<>();
        for (EntityRow row : rows) {
            List<String> aliases = Jdbc.query(
                    connection,
                    "SELECT alias FROM entity_aliases WHERE entity_id = ? AND alias <> ? ORDER BY alias",
                    r -> r.getString(1),
                    row.id(),
                    row.name());
            result.add(new EntityRow(row.id(), row.name(), row.type(), aliases, row.documents(), row.mentions()));
        }
        return result;
    }

    private static EntityRow row(ResultSet row) throws SQLException {
        return new EntityRow(
                row.getString("id"),
                row.getString("name"),
                EntityType.valueOf(row.getString("type")),
                List.of(),
                row.getInt("document_count"),
                row.getInt("mention_count"));
    }

    private static Map.Entry<EntityType, Integer> typeCount(ResultSet row) throws SQLException {
        return Map.entry(EntityType.valueOf(row.getString(1)), row.getInt(2));
    }
}
