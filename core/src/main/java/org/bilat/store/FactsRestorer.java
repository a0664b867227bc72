package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bilat.model.Event;
import org.bilat.model.Evidence;
import org.bilat.model.Quantity;
import org.bilat.model.Relation;
import org.jspecify.annotations.Nullable;

/** Writes stored events (with their happenings), figures, relations and levels back as they were. */
final class FactsRestorer {
    private final Connection connection;
    private final Set<String> happenings = new HashSet<>();

    FactsRestorer(Connection connection) {
        this.connection = connection;
    }

    void write(StoreContents contents) throws SQLException {
        for (StoredEvent event : contents.events()) {
            writeEvent(event);
        }
        for (StoredFigure figure : contents.figures()) {
            writeFigure(figure);
        }
        for (StoredRelation relation : contents.relations()) {
            writeRelation(relation);
        }
        LevelWriter levels = new LevelWriter(connection);
        for (StoredLevel level : contents.levels()) {
            levels.insert(level.documentId(), level.seq(), level.level());
        }
    }

    private void writeEvent(StoredEvent stored) throws SQLException {
        Event event = stored.event();
        if (happenings.add(stored.happeningId())) {
            Jdbc.update(
                    connection,
                    "INSERT INTO happenings (id, type) VALUES (?, ?)",
                    stored.happeningId(),
                    event.type().name());
        }
        DateSpan span = DateSpan.parse(event.date()).orElse(null);
        Jdbc.update(
                connection,
                "INSERT INTO events (document_id, seq, happening_id, link_reason, type, cameo, date_text, first_day,"
                        + " last_day, location_id, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                stored.documentId(),
                stored.seq(),
                stored.happeningId(),
                stored.linkReason(),
                event.type().name(),
                event.cameo(),
                event.date(),
                first(span),
                last(span),
                event.location(),
                event.summary());
        insertEntities("event_participants", "event_seq", stored.documentId(), stored.seq(), event.participants());
        for (int ord = 0; ord < event.evidence().size(); ord++) {
            Evidence evidence = event.evidence().get(ord);
            Jdbc.update(
                    connection,
                    "INSERT INTO event_evidence (document_id, event_seq, ord, start_pos, end_pos, quote)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    stored.documentId(),
                    stored.seq(),
                    ord,
                    evidence.start(),
                    evidence.end(),
                    evidence.quote());
        }
    }

    private void writeFigure(StoredFigure stored) throws SQLException {
        Quantity quantity = stored.quantity();
        Evidence evidence = quantity.evidence();
        DateSpan span = DateSpan.parse(quantity.date()).orElse(null);
        Jdbc.update(
                connection,
                "INSERT INTO quantities (document_id, seq, figure_value, unit, measure, measure_folded, measure_head,"
                        + " qualifier, date_text, first_day, last_day, start_pos, end_pos, quote)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                stored.documentId(),
                stored.seq(),
                quantity.value(),
                quantity.unit(),
                quantity.measure(),
                Folding.fold(quantity.measure()),
                Folding.head(quantity.measure()),
                quantity.qualifier(),
                quantity.date(),
                first(span),
                last(span),
                evidence.start(),
                evidence.end(),
                evidence.quote());
        insertEntities("quantity_subjects", "quantity_seq", stored.documentId(), stored.seq(), quantity.subjects());
    }

    private void writeRelation(StoredRelation stored) throws SQLException {
        Relation relation = stored.relation();
        Evidence evidence = relation.evidence();
        Jdbc.update(
                connection,
                "INSERT INTO relations (document_id, seq, type, subject_id, object_id, title, start_pos, end_pos, quote)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                stored.documentId(),
                stored.seq(),
                relation.type().name(),
                relation.subject(),
                relation.object(),
                relation.title(),
                evidence.start(),
                evidence.end(),
                evidence.quote());
    }

    private void insertEntities(String table, String seqColumn, String documentId, int seq, List<String> ids)
            throws SQLException {
        for (int ord = 0; ord < ids.size(); ord++) {
            Jdbc.update(
                    connection,
                    "INSERT INTO " + table + " (document_id, " + seqColumn + ", ord, entity_id) VALUES (?, ?, ?, ?)",
                    documentId,
                    seq,
                    ord,
                    ids.get(ord));
        }
    }

    private static @Nullable String first(@Nullable DateSpan span) {
        return span == null ? null : span.first().toString();
    }

    private static @Nullable String last(@Nullable DateSpan span) {
        return span == null ? null : span.last().toString();
    }
}
