package org.bilat.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilat.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Builds the entity network: an edge per relation type between two entities, and an edge per event type for
 * entities that take part in the same happenings.
 */
final class GraphQueries {
    private static final String RELATION_EDGES = """
            SELECT subject_id, object_id, type, COUNT(*),
                SUM(CASE WHEN review_status = 'rejected' THEN 0 ELSE 1 END)
            FROM relations
            WHERE subject_id <> object_id
            GROUP BY subject_id, object_id, type
            """;
    private static final String EVENT_EDGES = """
            SELECT a.entity_id, b.entity_id, e.type, COUNT(DISTINCT e.happening_id),
                COUNT(DISTINCT CASE WHEN e.review_status = 'rejected' THEN NULL ELSE e.happening_id END)
            FROM event_participants a
            JOIN event_participants b
                ON b.document_id = a.document_id AND b.event_seq = a.event_seq AND a.entity_id < b.entity_id
            JOIN events e ON e.document_id = a.document_id AND e.seq = a.event_seq
            GROUP BY a.entity_id, b.entity_id, e.type
            """;
    private static final String NODES = """
            SELECT e.id, e.name, e.type, COUNT(m.start_pos)
            FROM entities e
            LEFT JOIN document_entities de ON de.entity_id = e.id
            LEFT JOIN mentions m ON m.document_id = de.document_id AND m.local_id = de.local_id
            GROUP BY e.id, e.name, e.type
            """;

    private final Connection connection;
    private final StoreChanges changes;
    private volatile @Nullable Network network;

    GraphQueries(Connection connection, StoreChanges changes) {
        this.connection = connection;
        this.changes = changes;
    }

    /** Every edge and node of the store as of one state, read once and kept until the store changes. */
    private record Network(List<Object> state, List<EdgeTally> edges, Map<String, GraphNode> nodes) {}

    /**
     * The store's network: kept from the last call unless this process wrote since or another process added or
     * removed a document or a judgement, so that a page of the network does not read every relation on each call.
     */
    private Network network() throws SQLException {
        List<Object> state = changes.state(connection);
        Network kept = network;
        if (kept != null && kept.state().equals(state)) {
            return kept;
        }
        List<EdgeTally> edges = new ArrayList<>();
        edges.addAll(Jdbc.query(connection, RELATION_EDGES, r -> tally(r, GraphEdge.Kind.RELATION)));
        edges.addAll(Jdbc.query(connection, EVENT_EDGES, r -> tally(r, GraphEdge.Kind.EVENT)));
        Map<String, GraphNode> nodes = new HashMap<>();
        for (GraphNode node : Jdbc.query(
                connection,
                NODES,
                r -> new GraphNode(r.getString(1), r.getString(2), EntityType.valueOf(r.getString(3)), r.getInt(4)))) {
            nodes.put(node.id(), node);
        }
        Network read = new Network(state, List.copyOf(edges), Map.copyOf(nodes));
        network = read;
        return read;
    }

    /**
     * The entities within {@code depth} links of the centre (when it is null, every entity with a link), at most
     * {@code cap} of them: nearest first, then most mentioned; edges only between kept nodes. Within a cut through
     * time, only what documents inside it state. Links whose every fact was rejected are left out, or with
     * {@code showRejected} kept and marked.
     */
    Graph around(@Nullable String centreId, int depth, int cap, DocumentCut cut, boolean showRejected)
            throws SQLException {
        Network network = cut.everything()
                ? network()
                : new Network(List.of(), GraphCut.edges(connection, cut), GraphCut.nodes(connection, cut));
        List<GraphEdge> edges = network.edges().stream()
                .flatMap(tally -> tally.edge(showRejected).stream())
                .toList();
        Map<String, GraphNode> nodes = network.nodes();
        Comparator<GraphNode> mostMentioned =
                Comparator.comparingInt(GraphNode::mentions).reversed().thenComparing(GraphNode::name);
        List<GraphNode> kept;
        if (centreId == null) {
            Set<String> linked = new HashSet<>();
            edges.forEach(edge -> {
                linked.add(edge.source());
                linked.add(edge.target());
            });
            kept = nodes.values().stream()
                    .filter(node -> linked.contains(node.id()))
                    .sorted(mostMentioned)
                    .limit(cap)
                    .toList();
        } else {
            kept = new ArrayList<>();
            for (String id : nearest(centreId, depth, edges)) {
                GraphNode node = nodes.get(id);
                if (node != null && kept.size() < cap) {
                    kept.add(node);
                }
            }
        }
        Set<String> ids = new HashSet<>();
        kept.forEach(node -> ids.add(node.id()));
        List<GraphEdge> keptEdges = edges.stream()
                .filter(edge -> ids.contains(edge.source()) && ids.contains(edge.target()))
                .toList();
        return new Graph(kept, keptEdges);
    }

    /** Ids reached from the centre within depth links, breadth first; within a ring, the heavier link first. */
    private static List<String> nearest(String centreId, int depth, List<GraphEdge> edges) {
        Map<String, Map<String, Integer>> neighbours = new HashMap<>();
        for (GraphEdge edge : edges) {
            neighbours
                    .computeIfAbsent(edge.source(), k -> new HashMap<>())
                    .merge(edge.target(), edge.weight(), Integer::sum);
            neighbours
                    .computeIfAbsent(edge.target(), k -> new HashMap<>())
                    .merge(edge.source(), edge.weight(), Integer::sum);
        }
        Map<String, Integer> distance = new LinkedHashMap<>();
        distance.put(centreId, 0);
        Deque<String> queue = new ArrayDeque<>(List.of(centreId));
        while (!queue.isEmpty()) {
            String id = queue.removeFirst();
            int next = distance.getOrDefault(id, depth) + 1;
            if (next > depth) {
                continue;
            }
            Map<String, Integer> around = neighbours.getOrDefault(id, Map.of());
            List<Map.Entry<String, Integer>> ring = around.entrySet().stream()
                    .filter(other -> !distance.containsKey(other.getKey()))
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            for (Map.Entry<String, Integer> other : ring) {
                distance.put(other.getKey(), next);
                queue.addLast(other.getKey());
            }
        }
        return new ArrayList<>(distance.keySet());
    }

    private static EdgeTally tally(ResultSet row, GraphEdge.Kind kind) throws SQLException {
        return new EdgeTally(row.getString(1), row.getString(2), kind, row.getString(3), row.getInt(4), row.getInt(5));
    }
}
