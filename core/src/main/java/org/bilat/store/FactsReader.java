package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.bilat.model.Level;
import org.bilat.model.Quantity;
import org.bilat.model.Relation;
import org.bilat.model.RelationType;

/** Reads every stored event, figure and relation, by document and position, with canonical entity ids. */
final class FactsReader {
    private final Connection connection;

    FactsReader(Connection connection) {
        this.connection = connection;
    }

    List<StoredEvent> events() throws SQLException {
        Map<String, List<String>> participants = ContentsReader.grouped(
                connection,
                "SELECT document_id || ' ' || event_seq, entity_id FROM event_participants"
                        + " ORDER BY document_id, event_seq, ord",
                row -> row.getString(2));
        Map<String, List<Evidence>> evidence = ContentsReader.grouped(
                connection,
                "SELECT document_id || ' ' || event_seq, start_pos, end_pos, quote FROM event_evidence"
                        + " ORDER BY document_id, event_seq, ord",
                row -> new Evidence(row.getInt(2), row.getInt(3), row.getString(4)));
        return Jdbc.query(
                connection,
                "SELECT document_id, seq, happening_id, link_reason, type, cameo, date_text, location_id, summary"
                        + " FROM events ORDER BY document_id, seq",
                row -> {
                    String key = row.getString(1) + " " + row.getInt(2);
                    Event event = new Event(
                            EventType.valueOf(row.getString(5)),
                            row.getString(6),
                            row.getString(7),
                            participants.getOrDefault(key, List.of()),
                            row.getString(8),
                            evidence.getOrDefault(key, List.of()),
                            row.getString(9));
                    return new StoredEvent(row.getString(1), row.getInt(2), row.getString(3), row.getString(4), event);
                });
    }

    List<StoredFigure> figures() throws SQLException {
        Map<String, List<String>> subjects = ContentsReader.grouped(
                connection,
                "SELECT document_id || ' ' || quantity_seq, entity_id FROM quantity_subjects"
                        + " ORDER BY document_id, quantity_seq, ord",
                row -> row.getString(2));
        return Jdbc.query(
                connection,
                "SELECT document_id, seq, figure_value, unit, measure, qualifier, date_text, start_pos, end_pos, quote"
                        + " FROM quantities ORDER BY document_id, seq",
                row -> new StoredFigure(
                        row.getString(1),
                        row.getInt(2),
                        new Quantity(
                                row.getDouble(3),
                                row.getString(4),
                                row.getString(5),
                                row.getString(6),
                                subjects.getOrDefault(row.getString(1) + " " + row.getInt(2), List.of()),
                                row.getString(7),
                                new Evidence(row.getInt(8), row.getInt(9), row.getString(10)))));
    }

    List<StoredRelation> relations() throws SQLException {
        return Jdbc.query(
                connection,
                "SELECT document_id, seq, type, subject_id, object_id, title, start_pos, end_pos, quote"
                        + " FROM relations ORDER BY document_id, seq",
                row -> new StoredRelation(
                        row.getString(1),
                        row.getInt(2),
                        new Relation(
                                RelationType.valueOf(row.getString(3)),
                                row.getString(4),
                                row.getString(5),
                                row.getString(6),
                                new Evidence(row.getInt(7), row.getInt(8), row.getString(9)))));
    }

    List<StoredLevel> levels() throws SQLException {
        return Jdbc.query(
                connection,
                "SELECT document_id, seq, state_a, state_b, label, ladder_rank, date_text, formal, start_pos, end_pos,"
                        + " quote FROM levels ORDER BY document_id, seq",
                row -> new StoredLevel(
                        row.getString(1),
                        row.getInt(2),
                        new Level(
                                List.of(row.getString(3), row.getString(4)),
                                row.getString(5),
                                row.getInt(6),
                                row.getString(7),
                                row.getInt(8) == 1,
                                new Evidence(row.getInt(9), row.getInt(10), row.getString(11)))));
    }
}
