package org.bilat.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilat.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * The entity network as documents inside a cut through time state it: edges and mention counts read per document,
 * those outside the cut dropped, the rest summed as the uncut network sums them.
 */
final class GraphCut {
    private static final String RELATION_EDGES = """
            SELECT subject_id, object_id, type, document_id, COUNT(*),
                SUM(CASE WHEN review_status = 'rejected' THEN 0 ELSE 1 END)
            FROM relations
            WHERE subject_id <> object_id
            GROUP BY subject_id, object_id, type, document_id
            """;
    private static final String EVENT_EDGES = """
            SELECT DISTINCT a.entity_id, b.entity_id, e.type, a.document_id, e.happening_id,
                CASE WHEN e.review_status = 'rejected' THEN 0 ELSE 1 END
            FROM event_participants a
            JOIN event_participants b
                ON b.document_id = a.document_id AND b.event_seq = a.event_seq AND a.entity_id < b.entity_id
            JOIN events e ON e.document_id = a.document_id AND e.seq = a.event_seq
            WHERE e.happening_id IS NOT NULL
            """;
    private static final String NODES = """
            SELECT e.id, e.name, e.type, de.document_id, COUNT(m.start_pos), 0
            FROM entities e
            LEFT JOIN document_entities de ON de.entity_id = e.id
            LEFT JOIN mentions m ON m.document_id = de.document_id AND m.local_id = de.local_id
            GROUP BY e.id, e.name, e.type, de.document_id
            """;

    private GraphCut() {}

    /**
     * One row read per document: an edge key (or an entity's id, name and type), what it adds there (a count or one
     * happening) and how much of that stands (a count, or 1 when the happening has a report not rejected).
     */
    private record Part(
            String source,
            String target,
            String label,
            @Nullable String document,
            String weightOrHappening,
            int standing) {
        List<String> key() {
            return List.of(source, target, label);
        }
    }

    static List<EdgeTally> edges(Connection connection, DocumentCut cut) throws SQLException {
        Map<List<String>, int[]> relations = new HashMap<>();
        for (Part part : inside(connection, RELATION_EDGES, cut)) {
            int[] counts = relations.computeIfAbsent(part.key(), k -> new int[2]);
            counts[0] += Integer.parseInt(part.weightOrHappening());
            counts[1] += part.standing();
        }
        Map<List<String>, Set<String>> happenings = new HashMap<>();
        Map<List<String>, Set<String>> standing = new HashMap<>();
        for (Part part : inside(connection, EVENT_EDGES, cut)) {
            happenings.computeIfAbsent(part.key(), k -> new HashSet<>()).add(part.weightOrHappening());
            Set<String> kept = standing.computeIfAbsent(part.key(), k -> new HashSet<>());
            if (part.standing() > 0) {
                kept.add(part.weightOrHappening());
            }
        }
        List<EdgeTally> edges = new ArrayList<>();
        relations.forEach((key, counts) -> edges.add(tally(key, GraphEdge.Kind.RELATION, counts[0], counts[1])));
        happenings.forEach((key, ids) -> edges.add(tally(
                key,
                GraphEdge.Kind.EVENT,
                ids.size(),
                standing.getOrDefault(key, Set.of()).size())));
        return edges;
    }

    /** The entities documents inside the cut name, with the mentions those documents make of them. */
    static Map<String, GraphNode> nodes(Connection connection, DocumentCut cut) throws SQLException {
        Map<String, GraphNode> nodes = new HashMap<>();
        for (Part part : inside(connection, NODES, cut)) {
            GraphNode node = new GraphNode(
                    part.source(),
                    part.target(),
                    EntityType.valueOf(part.label()),
                    Integer.parseInt(part.weightOrHappening()));
            nodes.merge(node.id(), node, GraphCut::sum);
        }
        return nodes;
    }

    private static List<Part> inside(Connection connection, String sql, DocumentCut cut) throws SQLException {
        return Jdbc.query(connection, sql, GraphCut::part).stream()
                .filter(part -> {
                    String document = part.document();
                    return document != null && cut.admits(document);
                })
                .toList();
    }

    private static GraphNode sum(GraphNode a, GraphNode b) {
        return new GraphNode(a.id(), a.name(), a.type(), a.mentions() + b.mentions());
    }

    private static Part part(ResultSet row) throws SQLException {
        return new Part(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getInt(6));
    }

    private static EdgeTally tally(List<String> key, GraphEdge.Kind kind, int total, int standing) {
        return new EdgeTally(key.get(0), key.get(1), kind, key.get(2), total, standing);
    }
}
