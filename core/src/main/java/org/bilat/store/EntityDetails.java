package org.bilat.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilat.model.Evidence;

/** Gathers what the store knows about one canonical entity: its documents, mentions in context and merges. */
final class EntityDetails {
    /** The entity's mentions by source and position; {@code {documents}} narrows them to some documents. */
    private static final String QUOTES = """
            SELECT m.document_id, d.source, m.start_pos, m.end_pos, m.surface
            FROM mentions m
            JOIN document_entities de ON de.document_id = m.document_id AND de.local_id = m.local_id
            JOIN documents d ON d.id = m.document_id
            WHERE de.entity_id = ?{documents}
            ORDER BY d.source, m.start_pos, m.end_pos
            LIMIT ?
            """;

    private static final String MERGES = """
            SELECT de.document_id, de.local_id, de.name, de.merge_reason
            FROM document_entities de JOIN documents d ON d.id = de.document_id
            WHERE de.entity_id = ? AND de.merge_reason IS NOT NULL
            ORDER BY d.source, de.local_id
            """;

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

    /**
     * The entity with its first {@code listLimit} documents by source, at most {@code mentionLimit} mentions in context
     * from those documents, and its first {@code listLimit} merges: a hub entity's page without all its documents.
     */
    EntityDetail firstOf(EntityRow entity, int mentionLimit, int listLimit) throws SQLException {
        List<DocumentRow> first = documents.mentioning(entity.id(), listLimit);
        List<String> ids = first.stream().map(DocumentRow::id).toList();
        String within = ids.isEmpty() ? " AND 1 = 0" : " AND m.document_id IN (" + Jdbc.marks(ids) + ")";
        List<Object> params = new ArrayList<>(List.of(entity.id()));
        params.addAll(ids);
        params.add(mentionLimit);
        List<MergeNote> merges =
                Jdbc.query(connection, MERGES + " LIMIT ?", EntityDetails::merge, entity.id(), listLimit);
        return new EntityDetail(entity, first, quotes(QUOTES.replace("{documents}", within), params.toArray()), merges);
    }

    private List<MentionQuote> quotes(String entityId, int limit) throws SQLException {
        return quotes(QUOTES.replace("{documents}", ""), entityId, limit);
    }

    private List<MentionQuote> quotes(String sql, Object... params) throws SQLException {
        List<MentionQuote> bare = Jdbc.query(
                connection,
                sql,
                r -> new MentionQuote(
                        r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getString(5), "", 0, 0),
                params);
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
        return Jdbc.query(connection, MERGES, EntityDetails::merge, entityId);
    }

    private static MergeNote merge(ResultSet r) throws SQLException {
        return new MergeNote(r.getString(1), r.getString(2), r.getString(3), r.getString(4));
    }
}
