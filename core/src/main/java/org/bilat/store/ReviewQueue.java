package org.bilat.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The facts not yet reviewed, the most useful first: those in a conflict between documents, then those about the
 * entity the analyst picked, then those only one document states, then the rest, each group in document order.
 */
final class ReviewQueue {
    private static final String SEP = " · ";
    private static final String EVENT_LINES = """
            SELECT e.fact_key, e.date_text, e.type, e.summary,
                (SELECT COUNT(DISTINCT o.document_id) FROM events o WHERE o.happening_id = e.happening_id)
            FROM events e
            """;
    private static final String FIGURE_LINES = """
            SELECT q.fact_key, q.figure_value, q.unit, q.qualifier, q.measure, q.date_text, 1 FROM quantities q
            """;
    private static final String RELATION_LINES = """
            SELECT r.fact_key, r.type, s.name, o.name, r.title,
                (SELECT COUNT(DISTINCT x.document_id) FROM relations x
                 WHERE x.type = r.type AND x.subject_id = r.subject_id AND x.object_id = r.object_id)
            FROM relations r JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id
            """;
    /** How many judgements each judged key has: its version (a fact queued unreviewed may have reverted ones). */
    private static final String VERSIONS = "SELECT target_key, COUNT(*) FROM judgements GROUP BY target_key";

    private static final String ABOUT = """
            SELECT e.fact_key FROM events e JOIN event_participants p
                ON p.document_id = e.document_id AND p.event_seq = e.seq WHERE p.entity_id = ?
            UNION SELECT e.fact_key FROM events e WHERE e.location_id = ?
            UNION SELECT q.fact_key FROM quantities q JOIN quantity_subjects s
                ON s.document_id = q.document_id AND s.quantity_seq = q.seq WHERE s.entity_id = ?
            UNION SELECT r.fact_key FROM relations r WHERE r.subject_id = ? OR r.object_id = ?
            """;

    /** A fact's line and how many documents state it. */
    private record Line(String text, int sources) {}

    private final Connection connection;
    private final FactFields fields;

    ReviewQueue(Connection connection, FactFields fields) {
        this.connection = connection;
        this.fields = fields;
    }

    /** {@code conflictPassages} holds "documentId start" of every passage in a conflict. */
    List<ReviewItem> list(@Nullable String entityId, Set<String> conflictPassages) throws SQLException {
        Map<String, Line> lines = lines();
        Set<String> about = entityId == null
                ? Set.of()
                : new HashSet<>(Jdbc.query(
                        connection, ABOUT, r -> r.getString(1), entityId, entityId, entityId, entityId, entityId));
        Map<String, Integer> versions = new HashMap<>();
        Jdbc.query(connection, VERSIONS, r -> versions.put(r.getString(1), r.getInt(2)));
        List<ReviewItem> items = new ArrayList<>();
        for (FactKind kind : List.of(FactKind.EVENT, FactKind.FIGURE, FactKind.RELATION)) {
            for (JudgedFact fact : fields.all(kind)) {
                Line line = lines.get(fact.key());
                if (fact.status() == null && line != null) {
                    String why = why(fact, line, about.contains(fact.key()), conflictPassages, entityId);
                    items.add(new ReviewItem(
                            fact.key(),
                            kind,
                            line.text(),
                            fact.source(),
                            fact.quote(),
                            why,
                            versions.getOrDefault(fact.key(), 0)));
                }
            }
        }
        items.sort(Comparator.comparingInt(ReviewQueue::rank));
        return items;
    }

    private static String why(
            JudgedFact fact, Line line, boolean about, Set<String> conflictPassages, @Nullable String entityId) {
        String passage = fact.documentId() + " " + start(fact.key());
        if (conflictPassages.contains(passage)) {
            return "conflict";
        }
        if (about) {
            return "about " + entityId;
        }
        return line.sources() <= 1 ? "single source" : "";
    }

    private static int rank(ReviewItem item) {
        String why = item.why();
        if (why.equals("conflict")) {
            return 0;
        }
        if (why.startsWith("about ")) {
            return 1;
        }
        return why.isEmpty() ? 3 : 2;
    }

    private static String start(String key) {
        String range = key.substring(key.lastIndexOf(':') + 1);
        return range.substring(0, range.indexOf('-'));
    }

    private Map<String, Line> lines() throws SQLException {
        Map<String, Line> lines = new HashMap<>();
        Jdbc.query(connection, EVENT_LINES, r -> lines.put(r.getString(1), eventLine(r)));
        Jdbc.query(connection, FIGURE_LINES, r -> lines.put(r.getString(1), figureLine(r)));
        Jdbc.query(connection, RELATION_LINES, r -> lines.put(r.getString(1), relationLine(r)));
        return lines;
    }

    private static Line eventLine(ResultSet r) throws SQLException {
        String date = r.getString(2);
        return new Line((date == null ? "undated" : date) + SEP + r.getString(3) + SEP + r.getString(4), r.getInt(5));
    }

    private static Line figureLine(ResultSet r) throws SQLException {
        String qualifier = r.getString(4);
        String date = r.getString(6);
        String amount = BigDecimal.valueOf(r.getDouble(2)).stripTrailingZeros().toPlainString() + " " + r.getString(3)
                + (qualifier == null ? "" : " (" + qualifier + ")");
        return new Line(amount + SEP + r.getString(5) + (date == null ? "" : SEP + date), 1);
    }

    private static Line relationLine(ResultSet r) throws SQLException {
        String title = r.getString(5);
        return new Line(
                r.getString(2) + SEP + r.getString(3) + " → " + r.getString(4)
                        + (title == null ? "" : " (" + title + ")"),
                r.getInt(6));
    }
}
