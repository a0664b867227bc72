package org.bilat.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilat.model.BilatException;
import org.bilat.model.EventType;
import org.bilat.model.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * Finds facts by key or by quote, and reads and writes the fields a judgement edits, with the columns that follow
 * from them (a date's first and last day, a measure's folded words, an event type's CAMEO root). An empty string
 * stands for no value.
 */
final class FactFields {
    private static final String EVENT = """
            SELECT e.fact_key, e.document_id, e.seq, d.source, ev.quote, e.review_status, e.type, e.date_text, e.summary
            FROM events e JOIN documents d ON d.id = e.document_id
            JOIN event_evidence ev ON ev.document_id = e.document_id AND ev.event_seq = e.seq AND ev.ord = 0
            """;
    private static final String FIGURE = """
            SELECT q.fact_key, q.document_id, q.seq, d.source, q.quote, q.review_status, q.figure_value, q.unit,
                q.measure, q.qualifier, q.date_text
            FROM quantities q JOIN documents d ON d.id = q.document_id
            """;
    private static final String RELATION = """
            SELECT r.fact_key, r.document_id, r.seq, d.source, r.quote, r.review_status, r.type, r.title
            FROM relations r JOIN documents d ON d.id = r.document_id
            """;

    /** By source, then the document's id and the fact's seq (the second and third columns of every select). */
    private static final String BY_DOCUMENT = " ORDER BY d.source, 2, 3";

    /** The fields of an event whose change may make it an account of another happening. */
    private static final Set<String> LINKING = Set.of("type", "date", "participants");

    private final Connection connection;
    private final EntityFields entities;

    FactFields(Connection connection) {
        this.connection = connection;
        this.entities = new EntityFields(connection);
    }

    Optional<JudgedFact> find(String key) throws SQLException {
        FactKind kind = FactKind.ofKey(key);
        if (kind == FactKind.ENTITY) {
            return Optional.empty();
        }
        return Jdbc.first(
                connection, select(kind) + " WHERE " + alias(kind) + ".fact_key = ?", r -> fact(kind, r), key);
    }

    /** The fact of this kind and machine type whose first passage is these words of a document of this file name. */
    Optional<JudgedFact> findByQuote(String key, String source, String quote) throws SQLException {
        FactKind kind = FactKind.ofKey(key);
        if (kind == FactKind.ENTITY) {
            return Optional.empty();
        }
        String quoteColumn = kind == FactKind.EVENT ? "ev.quote" : alias(kind) + ".quote";
        List<JudgedFact> facts = Jdbc.query(
                connection,
                select(kind) + " WHERE d.source = ? AND " + quoteColumn + " = ? ORDER BY d.ingested_at DESC, 2, 3",
                r -> fact(kind, r),
                source,
                quote);
        String type = FactKeys.type(key);
        List<JudgedFact> same = facts.stream()
                .filter(f -> FactKeys.type(f.key()).equals(type)
                        && f.documentId().equals(facts.get(0).documentId()))
                .toList();
        // facts with one quote are keyed KEY, KEY#2, KEY#3... in extraction order: the n-th judged stays the n-th
        int nth = ordinal(key);
        return same.size() > nth ? Optional.of(same.get(nth)) : same.stream().findFirst();
    }

    /** 0 for a key without "#n", else n - 1. */
    private static int ordinal(String key) {
        int hash = key.lastIndexOf('#');
        if (hash < 0) {
            return 0;
        }
        try {
            return Integer.parseInt(key.substring(hash + 1)) - 1;
        } catch (NumberFormatException e) {
            return 0; // "#hand": facts added by hand are not found by quote
        }
    }

    /** Every fact of the kind, in the order of documents and their extraction. */
    List<JudgedFact> all(FactKind kind) throws SQLException {
        return Jdbc.query(connection, select(kind) + BY_DOCUMENT, r -> fact(kind, r));
    }

    /** The editable fields of the fact as stored now. */
    Map<String, String> values(JudgedFact fact) throws SQLException {
        Map<String, String> values = Jdbc.first(
                        connection,
                        select(fact.kind()) + " WHERE " + alias(fact.kind()) + ".fact_key = ?",
                        r -> values(fact.kind(), r),
                        fact.key())
                .orElseThrow();
        for (String field : fact.kind().fields()) {
            if (EntityFields.names(field)) {
                values.put(field, entities.read(fact, field));
            }
        }
        return values;
    }

    /** The edit with the entities it names (ids, names or aliases) as canonical ids. */
    Map<String, String> resolved(Map<String, String> edit) throws SQLException {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : edit.entrySet()) {
            String value = field.getValue();
            resolved.put(
                    field.getKey(),
                    EntityFields.names(field.getKey()) ? entities.resolve(field.getKey(), value) : value);
        }
        return resolved;
    }

    void status(JudgedFact fact, @Nullable String status) throws SQLException {
        Jdbc.update(
                connection,
                "UPDATE " + fact.kind().table() + " SET review_status = ? WHERE document_id = ? AND seq = ?",
                status,
                fact.documentId(),
                fact.seq());
    }

    /**
     * Sets the fields whose value differs from the stored one, checking each value first; an event whose type, date or
     * participants changed is linked again to the happening it is now an account of.
     */
    void write(JudgedFact fact, Map<String, String> fields) throws SQLException {
        Map<String, String> stored = values(fact);
        Set<String> changed = new HashSet<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (!field.getValue().strip().equals(stored.get(field.getKey()))) {
                changed.add(field.getKey());
                writeField(fact, field.getKey(), field.getValue());
            }
        }
        if (fact.kind() == FactKind.EVENT && changed.stream().anyMatch(LINKING::contains)) {
            new EventRelinker(connection).relink(fact.documentId(), fact.seq());
        }
    }

    private void writeField(JudgedFact fact, String field, String value) throws SQLException {
        if (EntityFields.names(field)) {
            entities.write(fact, field, value);
            return;
        }
        for (Map.Entry<String, @Nullable Object> column :
                columns(fact.kind(), field, value).entrySet()) {
            Jdbc.update(
                    connection,
                    "UPDATE " + fact.kind().table() + " SET " + column.getKey()
                            + " = ? WHERE document_id = ? AND seq = ?",
                    column.getValue(),
                    fact.documentId(),
                    fact.seq());
        }
    }

    /** Checks that an edit names fields of its kind with values they can take. */
    static void check(FactKind kind, Map<String, String> fields) {
        if (fields.isEmpty()) {
            throw new BilatException("edit: name at least one field to change: " + String.join(", ", kind.fields()));
        }
        fields.forEach((name, value) -> {
            if (!EntityFields.names(name)) {
                columns(kind, name, value);
            } else if (!kind.fields().contains(name)) {
                throw new BilatException(name + ": not a field of a " + kind.label() + "; use one of "
                        + String.join(", ", kind.fields()));
            }
        });
    }

    private static Map<String, @Nullable Object> columns(FactKind kind, String field, String value) {
        if (!kind.fields().contains(field)) {
            throw new BilatException(
                    field + ": not a field of a " + kind.label() + "; use one of " + String.join(", ", kind.fields()));
        }
        Map<String, @Nullable Object> columns = new LinkedHashMap<>();
        @Nullable String text = value.isBlank() ? null : value.strip();
        switch (field) {
            case "date" -> {
                DateSpan span = text == null ? null : DateSpan.parse(text).orElse(null);
                if (text != null && span == null) {
                    throw new BilatException(
                            "date: '" + value + "' is not an ISO 8601 date such as 2016, 2016-09" + " or 2016-09-28");
                }
                columns.put("date_text", text);
                columns.put("first_day", span == null ? null : span.first().toString());
                columns.put("last_day", span == null ? null : span.last().toString());
            }
            case "type" -> typeColumns(kind, required(field, text), columns);
            case "value" -> columns.put("figure_value", number(required(field, text)));
            case "measure" -> {
                String measure = required(field, text);
                columns.put("measure", measure);
                columns.put("measure_folded", Folding.fold(measure));
                columns.put("measure_head", Folding.head(measure));
            }
            case "unit" -> columns.put("unit", required(field, text).toUpperCase(Locale.ROOT));
            case "summary" -> columns.put("summary", required(field, text));
            default -> columns.put(field, text); // qualifier, title: free text or none
        }
        return columns;
    }

    private static void typeColumns(FactKind kind, String type, Map<String, @Nullable Object> columns) {
        String upper = type.toUpperCase(Locale.ROOT);
        try {
            if (kind == FactKind.EVENT) {
                columns.put("type", EventType.valueOf(upper).name());
                columns.put("cameo", EventType.valueOf(upper).cameoRoot());
            } else {
                columns.put("type", RelationType.valueOf(upper).name());
            }
        } catch (IllegalArgumentException e) {
            throw new BilatException("type: '" + type + "' is not a " + kind.label() + " type", e);
        }
    }

    private static String required(String field, @Nullable String text) {
        if (text == null) {
            throw new BilatException(field + ": must not be empty");
        }
        return text;
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text.replace(",", ""));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, as for infinite values
        }
        throw new BilatException("value: '" + text + "' is not a number");
    }

    private static String select(FactKind kind) {
        return switch (kind) {
            case EVENT -> EVENT;
            case FIGURE -> FIGURE;
            case RELATION -> RELATION;
            case ENTITY -> throw new IllegalArgumentException("an entity is not a fact");
        };
    }

    private static String alias(FactKind kind) {
        return switch (kind) {
            case EVENT -> "e";
            case FIGURE -> "q";
            case RELATION -> "r";
            case ENTITY -> throw new IllegalArgumentException("an entity is not a fact");
        };
    }

    private static JudgedFact fact(FactKind kind, ResultSet r) throws SQLException {
        return new JudgedFact(
                kind, r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5), r.getString(6));
    }

    private static Map<String, String> values(FactKind kind, ResultSet r) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        int column = 7;
        for (String field : kind.fields()) {
            if (!EntityFields.names(field)) {
                values.put(field, text(field, r, column++));
            }
        }
        return values;
    }

    private static String text(String field, ResultSet r, int column) throws SQLException {
        if (field.equals("value")) {
            return BigDecimal.valueOf(r.getDouble(column)).stripTrailingZeros().toPlainString();
        }
        String value = r.getString(column);
        return value == null ? "" : value;
    }
}
