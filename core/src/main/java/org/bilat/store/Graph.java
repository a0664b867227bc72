package org.bilat.store;

import java.util.List;

/** Entities and the links between them; every edge joins two of the nodes. */
public record Graph(List<GraphNode> nodes, List<GraphEdge> edges) {
    public Graph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
