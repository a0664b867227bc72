package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilat.model.Evidence;

/** Gathers what the store knows about one canonical entity: its documents, mentions in context and merges. */
final class EntityDetails {
    private final Connection connection;
    private final DocumentQueries documents;

    EntityDetails(Connection connection, DocumentQueries documents) {
        this.connection = connection;
        this.documents = documents;
    }

    /** The canonical entity with its documents, at most {@code mentionLimit} mentions in context, and its merges. */
    EntityDetail of(EntityRow entity, int mentionLimit) throws SQLException {
        return new EntityDetail(
                entity, documents.mentioning(entity.id()), quotes(entity.id(), mentionLimit), merges(entity.id()));
    }

    private List<MentionQuote> quotes(String entityId, int limit) throws SQLException {
        List<MentionQuote> bare = Jdbc.query(
                connection,
                """
                SELECT m.document_id, d.source, m.start_pos, m.end_pos, m.surface
                FROM mentions m
                JOIN document_entities de ON de.document_id = m.document_id AND de.local_id = m.local_id
                JOIN documents d ON d.id = m.document_id
                WHERE de.entity_id = ?
                ORDER BY d.source, m.start_pos, m.end_pos
                LIMIT ?
                """,
                r -> new MentionQuote(
                        r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getString(5), "", 0, 0),
                entityId,
                limit);
        Map<String, String> texts = new HashMap<>();
        List<MentionQuote> quotes = new ArrayList<>();
        for (MentionQuote m : bare) {
            String text = texts.get(m.documentId());
            if (text == null) {
                text = documents.text(m.documentId());
                texts.put(m.documentId(), text);
            }
            Evidence quote = Quotes.spanAround(text, m.start(), m.end());
            quotes.add(new MentionQuote(
                    m.documentId(),
                    m.source(),
                    m.start(),
                    m.end(),
                    m.surface(),
                    quote.quote(),
                    quote.start(),
                    quote.end()));
        }
        return quotes;
    }

    private List<MergeNote> merges(String entityId) throws SQLException {
        return Jdbc.query(
                connection,
                """
                SELECT de.document_id, de.local_id, de.name, de.merge_reason
                FROM document_entities de JOIN documents d ON d.id = de.document_id
                WHERE de.entity_id = ? AND de.merge_reason IS NOT NULL
                ORDER BY d.source, de.local_id
                """,
                r -> new MergeNote(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                entityId);
    }
}
