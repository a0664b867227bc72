package org.bilat.store;

import java.sql.Connection;
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
            SELECT subject_id, object_id, type, document_id, COUNT(*) FROM relations
            WHERE subject_id <> object_id AND (review_status IS NULL OR review_status <> 'rejected')
            GROUP BY subject_id, object_id, type, document_id
            """;
    private static final String EVENT_EDGES = """
            SELECT DISTINCT a.entity_id, b.entity_id, e.type, a.document_id, e.happening_id
            FROM event_participants a
            JOIN event_participants b
                ON b.document_id = a.document_id AND b.event_seq = a.event_seq AND a.entity_id < b.entity_id
            JOIN events e ON e.document_id = a.document_id AND e.seq = a.event_seq
            WHERE e.happening_id IS NOT NULL AND (e.review_status IS NULL OR e.review_status <> 'rejected')
            """;
    private static final String NODES = """
            SELECT e.id, e.name, e.type, de.document_id, COUNT(m.start_pos)
            FROM entities e
            LEFT JOIN document_entities de ON de.entity_id = e.id
            LEFT JOIN mentions m ON m.document_id = de.document_id AND m.local_id = de.local_id
            GROUP BY e.id, e.name, e.type, de.document_id
            """;

    private GraphCut() {}

    /**
     * One row read per document: an edge key (or an entity's id, name and type) and what it adds there, a count or
     * one happening.
     */
    private record Part(
            String source,
            String target,
            String label,
            @Nullable String document,
            String weightOrHappening) {}

    static List<GraphEdge> edges(Connection connection, DocumentCut cut) throws SQLException {
        Map<List<String>, Integer> relations = new HashMap<>();
        for (Part part : Jdbc.query(connection, RELATION_EDGES, r -> part(r, 4, 5))) {
            String document = part.document();
            if (document != null && cut.admits(document)) {
                relations.merge(
                        List.of(part.source(), part.target(), part.label()),
                        Integer.parseInt(part.weightOrHappening()),
                        Integer::sum);
            }
        }
        Map<List<String>, Set<String>> happenings = new HashMap<>();
        for (Part part : Jdbc.query(connection, EVENT_EDGES, r -> part(r, 4, 5))) {
            String document = part.document();
            if (document != null && cut.admits(document)) {
                happenings
                        .computeIfAbsent(List.of(part.source(), part.target(), part.label()), k -> new HashSet<>())
                        .add(part.weightOrHappening());
            }
        }
        List<GraphEdge> edges = new ArrayList<>();
        relations.forEach((key, weight) -> edges.add(edge(key, GraphEdge.Kind.RELATION, weight)));
        happenings.forEach((key, ids) -> edges.add(edge(key, GraphEdge.Kind.EVENT, ids.size())));
        return edges;
    }

    /** The entities documents inside the cut name, with the mentions those documents make of them. */
    static Map<String, GraphNode> nodes(Connection connection, DocumentCut cut) throws SQLException {
        Map<String, GraphNode> nodes = new HashMap<>();
        for (Part part : Jdbc.query(connection, NODES, r -> part(r, 4, 5))) {
            String document = part.document();
            if (document != null && cut.admits(document)) {
                GraphNode node = new GraphNode(
                        part.source(),
                        part.target(),
                        EntityType.valueOf(part.label()),
                        Integer.parseInt(part.weightOrHappening()));
                nodes.merge(node.id(), node, GraphCut::sum);
            }
        }
        return nodes;
    }

    private static GraphNode sum(GraphNode a, GraphNode b) {
        return new GraphNode(a.id(), a.name(), a.type(), a.mentions() + b.mentions());
    }

    private static Part part(java.sql.ResultSet row, int document, int weight) throws SQLException {
        return new Part(
                row.getString(1), row.getString(2), row.getString(3), row.getString(document), row.getString(weight));
    }

    private static GraphEdge edge(List<String> key, GraphEdge.Kind kind, int weight) {
        return new GraphEdge(key.get(0), key.get(1), kind, key.get(2), weight);
    }
}
