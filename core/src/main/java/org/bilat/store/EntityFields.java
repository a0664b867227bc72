package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilat.model.BilatException;

/**
 * The fields of a fact that name entities: an event's location and participants, a figure's subjects and a relation's
 * ends. Their values are canonical entity ids, a list's joined by "; " in order; an entity an analyst merged into
 * another stands for that one.
 */
final class EntityFields {
    static final String SEPARATOR = "; ";
    private static final Set<String> REQUIRED = Set.of("subject", "object");
    /** The table and the fact's seq column of each list field. */
    private static final Map<String, List<String>> LISTS = Map.of(
            "participants", List.of("event_participants", "event_seq"),
            "subjects", List.of("quantity_subjects", "quantity_seq"));
    /** The column of each single field. */
    private static final Map<String, String> COLUMNS =
            Map.of("location", "location_id", "subject", "subject_id", "object", "object_id");

    private final Connection connection;
    private final EntityQueries entities;

    EntityFields(Connection connection) {
        this.connection = connection;
        this.entities = new EntityQueries(connection);
    }

    /** Whether the field names entities. */
    static boolean names(String field) {
        return LISTS.containsKey(field) || COLUMNS.containsKey(field);
    }

    /** The field's value as stored now. */
    String read(JudgedFact fact, String field) throws SQLException {
        List<String> list = LISTS.get(field);
        if (list != null) {
            List<String> ids = Jdbc.query(
                    connection,
                    "SELECT entity_id FROM " + list.get(0) + " WHERE document_id = ? AND " + list.get(1)
                            + " = ? ORDER BY ord",
                    r -> r.getString(1),
                    fact.documentId(),
                    fact.seq());
            return String.join(SEPARATOR, ids);
        }
        return Jdbc.first(
                        connection,
                        "SELECT COALESCE(" + column(field) + ", '') FROM "
                                + fact.kind().table() + " WHERE document_id = ? AND seq = ?",
                        r -> r.getString(1),
                        fact.documentId(),
                        fact.seq())
                .orElse("");
    }

    /**
     * The value an analyst gave (entity ids, names or aliases) as canonical ids; an unknown entity or an empty
     * required end is an error naming the field.
     */
    String resolve(String field, String value) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (String name : split(value)) {
            Optional<EntityRow> entity = entities.withId(EntityRedirects.target(connection, name));
            ids.add((entity.isPresent() ? entity : entities.named(name))
                    .orElseThrow(() -> new BilatException(field + ": " + name + ": no such entity"))
                    .id());
        }
        if (ids.isEmpty() && REQUIRED.contains(field)) {
            throw new BilatException(field + ": must name an entity");
        }
        if (ids.size() > 1 && !LISTS.containsKey(field)) {
            throw new BilatException(field + ": names one entity, not " + ids.size());
        }
        return String.join(SEPARATOR, new LinkedHashSet<>(ids));
    }

    /** Sets the field to these ids, leaving out those no longer stored (a required end then keeps its value). */
    void write(JudgedFact fact, String field, String value) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (String id : split(value)) {
            String current = EntityRedirects.target(connection, id);
            if (entities.withId(current).isPresent() && !ids.contains(current)) {
                ids.add(current);
            }
        }
        List<String> list = LISTS.get(field);
        if (list != null) {
            writeList(fact, list.get(0), list.get(1), ids);
        } else if (!ids.isEmpty() || !REQUIRED.contains(field)) {
            Jdbc.update(
                    connection,
                    "UPDATE " + fact.kind().table() + " SET " + column(field)
                            + " = ? WHERE document_id = ? AND seq = ?",
                    ids.isEmpty() ? null : ids.get(0),
                    fact.documentId(),
                    fact.seq());
        }
    }

    private void writeList(JudgedFact fact, String table, String seqColumn, List<String> ids) throws SQLException {
        Jdbc.update(
                connection,
                "DELETE FROM " + table + " WHERE document_id = ? AND " + seqColumn + " = ?",
                fact.documentId(),
                fact.seq());
        for (int ord = 0; ord < ids.size(); ord++) {
            Jdbc.update(
                    connection,
                    "INSERT INTO " + table + " (document_id, " + seqColumn + ", ord, entity_id) VALUES (?, ?, ?, ?)",
                    fact.documentId(),
                    fact.seq(),
                    ord,
                    ids.get(ord));
        }
    }

    private static String column(String field) {
        return switch (field) {
            case "location" -> "location_id";
            case "subject" -> "subject_id";
            case "object" -> "object_id";
            default -> throw new IllegalArgumentException("not a field of one entity: " + field);
        };
    }

    static List<String> split(String value) {
        return Arrays.stream(value.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
