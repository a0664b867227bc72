package org.bilat.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.bilat.store.Graph;
import org.bilat.store.GraphNode;
import org.bilat.store.Store;

/** {@code /api/graph}: the entity network, whole or around one entity. */
final class GraphEndpoint {
    static final int MAX_NODES = 150;

    private final Store store;

    GraphEndpoint(Store store) {
        this.store = store;
    }

    void graph(Context ctx) {
        String centre = Params.entity(ctx, store, "entity");
        int depth = Params.integer(ctx, "depth", 1, 1, 3);
        Graph graph = store.graph(centre, depth, MAX_NODES, Params.asOf(ctx), Params.flag(ctx, "rejected"));
        ctx.json(new GraphView(
                graph.nodes(),
                graph.edges().stream()
                        .map(e -> new Edge(
                                e.source(),
                                e.target(),
                                e.kind().name().toLowerCase(Locale.ROOT),
                                e.label(),
                                e.weight(),
                                e.rejected()))
                        .toList()));
    }

    /** One link as the API gives it; rejected when an analyst rejected every fact that makes it. */
    record Edge(String source, String target, String kind, String label, int weight, boolean rejected) {}

    record GraphView(List<GraphNode> nodes, List<Edge> edges) {}
}
