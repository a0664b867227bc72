package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilat.model.BilatException;
import org.bilat.model.Document;
import org.bilat.model.Event;
import org.bilat.model.Evidence;
import org.bilat.model.Extraction;
import org.bilat.model.Quantity;
import org.bilat.model.Relation;
import org.jspecify.annotations.Nullable;

/**
 * Writes one extraction's events, figures, relations and levels with their evidence, pointing at canonical entities; ids the
 * document does not define as entities are dropped. The caller owns the transaction around it.
 */
final class FactWriter {
    private final Connection connection;
    private final HappeningLinker happenings;
    private final Checkpoint checkpoint;
    private final LevelWriter levels;

    FactWriter(Connection connection, Checkpoint checkpoint) {
        this.connection = connection;
        this.happenings = new HappeningLinker(connection);
        this.levels = new LevelWriter(connection);
        this.checkpoint = checkpoint;
    }

    /** Writes the facts; {@code canonical} maps each of the document's entity ids to its canonical entity's id. */
    void write(String documentId, Extraction extraction, Map<String, String> canonical) throws SQLException {
        Document document = extraction.document();
        for (int seq = 0; seq < extraction.events().size(); seq++) {
            writeEvent(documentId, seq, document, extraction.events().get(seq), canonical);
            checkpoint.reached("event " + seq);
        }
        EventNames.write(connection, documentId);
        for (int seq = 0; seq < extraction.quantities().size(); seq++) {
            writeQuantity(documentId, seq, document, extraction.quantities().get(seq), canonical);
            checkpoint.reached("quantity " + seq);
        }
        for (int seq = 0; seq < extraction.relations().size(); seq++) {
            writeRelation(documentId, seq, document, extraction.relations().get(seq), canonical);
            checkpoint.reached("relation " + seq);
        }
        extraction.levels().forEach(level -> checkEvidence(document, level.evidence()));
        levels.write(documentId, extraction.levels(), canonical);
    }

    private void writeEvent(String documentId, int seq, Document document, Event event, Map<String, String> canonical)
            throws SQLException {
        event.evidence().forEach(evidence -> checkEvidence(document, evidence));
        Set<String> participants = canonicalIds(event.participants(), canonical);
        HappeningLink link = happenings.link(documentId, seq, event.type(), event.date(), participants);
        DateSpan span = DateSpan.parse(event.date()).orElse(null);
        String location = event.location() == null ? null : canonical.get(event.location());
        Jdbc.update(
                connection,
                "INSERT INTO events (document_id, seq, happening_id, link_reason, type, cameo, date_text, first_day,"
                        + " last_day, location_id, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                documentId,
                seq,
                link.happeningId(),
                link.reason(),
                event.type().name(),
                event.cameo(),
                event.date(),
                firstDay(span),
                lastDay(span),
                location,
                event.summary());
        insertEntities("event_participants", "event_seq", documentId, seq, participants);
        insertEvidence(documentId, seq, event.evidence());
    }

    private void insertEvidence(String documentId, int seq, List<Evidence> passages) throws SQLException {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (int ord = 0; ord < passages.size(); ord++) {
            Evidence evidence = passages.get(ord);
            rows.add(List.of(documentId, seq, ord, evidence.start(), evidence.end(), evidence.quote()));
        }
        Jdbc.batch(
                connection,
                "INSERT INTO event_evidence (document_id, event_seq, ord, start_pos, end_pos, quote)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                rows);
    }

    private void writeQuantity(
            String documentId, int seq, Document document, Quantity quantity, Map<String, String> canonical)
            throws SQLException {
        Evidence evidence = quantity.evidence();
        checkEvidence(document, evidence);
        DateSpan span = DateSpan.parse(quantity.date()).orElse(null);
        Jdbc.update(
                connection,
                "INSERT INTO quantities (document_id, seq, figure_value, unit, measure, measure_folded, measure_head,"
                        + " qualifier, date_text, first_day, last_day, start_pos, end_pos, quote)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                documentId,
                seq,
                quantity.value(),
                quantity.unit(),
                quantity.measure(),
                Folding.fold(quantity.measure()),
                Folding.head(quantity.measure()),
                quantity.qualifier(),
                quantity.date(),
                firstDay(span),
                lastDay(span),
                evidence.start(),
                evidence.end(),
                evidence.quote());
        insertEntities(
                "quantity_subjects", "quantity_seq", documentId, seq, canonicalIds(quantity.subjects(), canonical));
    }

    private void writeRelation(
            String documentId, int seq, Document document, Relation relation, Map<String, String> canonical)
            throws SQLException {
        Evidence evidence = relation.evidence();
        checkEvidence(document, evidence);
        String subject = canonical.get(relation.subject());
        String object = canonical.get(relation.object());
        if (subject == null || object == null) {
            return;
        }
        Jdbc.update(
                connection,
                "INSERT INTO relations (document_id, seq, type, subject_id, object_id, title, start_pos, end_pos, quote)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                documentId,
                seq,
                relation.type().name(),
                subject,
                object,
                relation.title(),
                evidence.start(),
                evidence.end(),
                evidence.quote());
    }

    /** Inserts {@code ids} in order into a table of (document_id, the fact's seq column, ord, entity_id). */
    private void insertEntities(String table, String seqColumn, String documentId, int seq, Set<String> ids)
            throws SQLException {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (String id : ids) {
            rows.add(List.of(documentId, seq, rows.size(), id));
        }
        Jdbc.batch(
                connection,
                "INSERT INTO " + table + " (document_id, " + seqColumn + ", ord, entity_id) VALUES (?, ?, ?, ?)",
                rows);
    }

    /** The canonical ids of the local ones, in order, each once, leaving out ids that are not the document's. */
    private static Set<String> canonicalIds(List<String> localIds, Map<String, String> canonical) {
        Set<String> ids = new LinkedHashSet<>();
        for (String local : localIds) {
            String id = canonical.get(local);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static @Nullable String firstDay(@Nullable DateSpan span) {
        return span == null ? null : span.first().toString();
    }

    private static @Nullable String lastDay(@Nullable DateSpan span) {
        return span == null ? null : span.last().toString();
    }

    private static void checkEvidence(Document document, Evidence evidence) {
        String text = document.text();
        if (evidence.end() > text.length() || !text.startsWith(evidence.quote(), evidence.start())) {
            throw new BilatException(document.source() + ": evidence '" + evidence.quote() + "' at " + evidence.start()
                    + ".." + evidence.end() + " is not the text there");
        }
    }
}
