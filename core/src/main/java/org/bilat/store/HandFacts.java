package org.bilat.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bilat.model.BilatException;
import org.bilat.model.EventType;
import org.bilat.model.RelationType;

/**
 * Facts an analyst adds by hand from a quote: the key they are judged under ({@code event:DOC:TYPE:START-END#hand},
 * {@code figure:DOC:START-END#hand}), and the stored row an ADD judgement stands for, written again after every
 * re-run (in the document of its key, else in the newest document of the same file name that holds its quote).
 */
final class HandFacts {
    /** What ends the key of a fact added by hand, so that no machine fact ever has it. */
    static final String MARK = "#hand";

    private final Connection connection;
    private final FactFields fields;

    HandFacts(Connection connection, FactFields fields) {
        this.connection = connection;
        this.fields = fields;
    }

    /** Whether a key names a fact added by hand. */
    static boolean isHand(String key) {
        return key.endsWith(MARK);
    }

    /** The key of a hand fact of this kind at these offsets; events and relations take their type from the fields. */
    static String key(FactKind kind, String documentId, int start, int end, Map<String, String> values) {
        String type = kind == FactKind.FIGURE ? "" : type(kind, values.getOrDefault("type", "")) + ":";
        return kind.label() + ":" + documentId + ":" + type + start + "-" + end + MARK;
    }

    private static String type(FactKind kind, String value) {
        String named = value.strip().toUpperCase(Locale.ROOT);
        try {
            return kind == FactKind.EVENT
                    ? EventType.valueOf(named).name()
                    : RelationType.valueOf(named).name();
        } catch (IllegalArgumentException e) {
            throw new BilatException(
                    "type: '" + named + "' is not " + (kind == FactKind.EVENT ? "an " : "a ") + kind.label() + " type",
                    e);
        }
    }

    /**
     * Checks that the fields make a whole fact of the kind: events a type, figures a value, unit and measure, relations
     * a type and both ends.
     */
    static void checkWhole(FactKind kind, Map<String, String> values) {
        FactFields.check(kind, values);
        for (String field : required(kind)) {
            if (values.getOrDefault(field, "").isBlank()) {
                throw new BilatException(field + ": required for a " + kind.label() + " added by hand");
            }
        }
    }

    private static List<String> required(FactKind kind) {
        return switch (kind) {
            case EVENT -> List.of("type");
            case FIGURE -> List.of("value", "unit", "measure");
            case RELATION -> List.of("type", "subject", "object");
            case ENTITY -> throw new IllegalArgumentException("an entity is not added by hand");
        };
    }

    /** Writes the hand fact of an ADD judgement, unless it is stored already; empty when its quote is gone. */
    Optional<JudgedFact> restore(Judgement add) throws SQLException {
        Optional<JudgedFact> stored = fields.find(add.key());
        if (stored.isPresent()) {
            return stored;
        }
        Optional<Place> place = place(add);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        insert(add, place.get());
        return fields.find(add.key());
    }

    /** Removes the stored row of a hand fact whose ADD was reverted. */
    void remove(String key) throws SQLException {
        Optional<JudgedFact> stored = fields.find(key);
        if (stored.isEmpty()) {
            return;
        }
        JudgedFact fact = stored.get();
        if (fact.kind() == FactKind.EVENT) {
            EventNames.remove(connection, fact.documentId(), fact.seq());
            Jdbc.update(
                    connection,
                    "DELETE FROM event_evidence WHERE document_id = ? AND event_seq = ?",
                    fact.documentId(),
                    fact.seq());
        }
        Jdbc.update(
                connection,
                "DELETE FROM " + fact.kind().table() + " WHERE document_id = ? AND seq = ?",
                fact.documentId(),
                fact.seq());
        Jdbc.update(connection, "DELETE FROM happenings WHERE id = ?", happeningId(key));
    }

    /** Where a hand fact's words lie now. */
    private record Place(String documentId, int start, int end) {}

    private Optional<Place> place(Judgement add) throws SQLException {
        String[] parts = add.key().split(":", -1);
        String documentId = parts[1];
        String range = parts[parts.length - 1].replace(MARK, "");
        int start = Integer.parseInt(range.substring(0, range.indexOf('-')));
        Optional<String> body =
                Jdbc.first(connection, "SELECT body FROM documents WHERE id = ?", r -> r.getString(1), documentId);
        if (body.isPresent() && quoteAt(body.get(), start, add.quote())) {
            return Optional.of(new Place(documentId, start, start + add.quote().length()));
        }
        return Jdbc.query(
                        connection,
                        "SELECT id, body FROM documents WHERE source = ? ORDER BY ingested_at DESC",
                        r -> found(r.getString(1), r.getString(2), add.quote()),
                        add.source())
                .stream()
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static boolean quoteAt(String body, int start, String quote) {
        return start + quote.length() <= body.length() && body.startsWith(quote, start);
    }

    private static Optional<Place> found(String documentId, String body, String quote) {
        int at = body.indexOf(quote);
        return at < 0 ? Optional.empty() : Optional.of(new Place(documentId, at, at + quote.length()));
    }

    private void insert(Judgement add, Place place) throws SQLException {
        int seq = Jdbc.first(
                        connection,
                        "SELECT MAX(seq) FROM " + add.kind().table() + " WHERE document_id = ?",
                        r -> r.getObject(1) == null ? 0 : r.getInt(1) + 1,
                        place.documentId())
                .orElse(0);
        if (add.kind() == FactKind.EVENT) {
            insertEvent(add, place, seq);
        } else if (add.kind() == FactKind.RELATION) {
            insertRelation(add, place, seq);
        } else {
            Jdbc.update(
                    connection,
                    "INSERT INTO quantities (document_id, seq, figure_value, unit, measure, measure_folded,"
                            + " measure_head, start_pos, end_pos, quote, fact_key) VALUES (?, ?, 0, '', '', '', '', ?,"
                            + " ?, ?, ?)",
                    place.documentId(),
                    seq,
                    place.start(),
                    place.end(),
                    add.quote(),
                    add.key());
        }
    }

    private void insertEvent(Judgement add, Place place, int seq) throws SQLException {
        EventType type = EventType.valueOf(FactKeys.type(add.key()));
        String happening = happeningId(add.key());
        Jdbc.update(connection, "INSERT INTO happenings (id, type) VALUES (?, ?)", happening, type.name());
        Jdbc.update(
                connection,
                "INSERT INTO events (document_id, seq, happening_id, type, cameo, summary, fact_key)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                place.documentId(),
                seq,
                happening,
                type.name(),
                type.cameoRoot(),
                add.quote(),
                add.key());
        Jdbc.update(
                connection,
                "INSERT INTO event_evidence (document_id, event_seq, ord, start_pos, end_pos, quote)"
                        + " VALUES (?, ?, 0, ?, ?, ?)",
                place.documentId(),
                seq,
                place.start(),
                place.end(),
                add.quote());
        EventNames.write(connection, place.documentId(), seq);
    }

    /** Writes a hand relation, unless one of its ends is no longer stored (its judgement is then orphaned). */
    private void insertRelation(Judgement add, Place place, int seq) throws SQLException {
        Optional<String> subject = stored(add.after().getOrDefault("subject", ""));
        Optional<String> object = stored(add.after().getOrDefault("object", ""));
        if (subject.isEmpty() || object.isEmpty()) {
            return;
        }
        String title = add.after().getOrDefault("title", "").strip();
        Jdbc.update(
                connection,
                "INSERT INTO relations (document_id, seq, type, subject_id, object_id, title, start_pos, end_pos, quote,"
                        + " fact_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                place.documentId(),
                seq,
                RelationType.valueOf(FactKeys.type(add.key())).name(),
                subject.get(),
                object.get(),
                title.isEmpty() ? null : title,
                place.start(),
                place.end(),
                add.quote(),
                add.key());
    }

    /** The stored entity an id stands for now (an id merged into another leads to that one). */
    private Optional<String> stored(String id) throws SQLException {
        String current = EntityRedirects.target(connection, id.strip());
        return new EntityQueries(connection).withId(current).map(EntityRow::id);
    }

    /** A hand event is its own happening, with an id that follows from its key. */
    private static String happeningId(String key) {
        return "hand-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The words of a new hand fact and the file name of their document. */
    record Words(String source, String quote) {}

    /** A stored document's file name and text. */
    private record Text(String source, String body) {}

    /** The document's words at the offsets, which must lie inside it, with its file name. */
    Words words(String documentId, int start, int end) throws SQLException {
        Text document = Jdbc.first(
                        connection,
                        "SELECT source, body FROM documents WHERE id = ?",
                        r -> new Text(r.getString(1), r.getString(2)),
                        documentId)
                .orElseThrow(() -> new BilatException("document: no document " + documentId));
        String body = document.body();
        if (start < 0 || end <= start || end > body.length()) {
            throw new BilatException("start, end: " + start + "-" + end + " is not a span of the document's "
                    + body.length() + " characters");
        }
        if (body.substring(start, end).isBlank()) {
            throw new BilatException("start, end: the selected text is blank");
        }
        return new Words(document.source(), body.substring(start, end));
    }
}
