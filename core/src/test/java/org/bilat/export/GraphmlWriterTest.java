package org.bilat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.bilat.store.Store;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphmlWriterTest {
    @TempDir
    Path dir;

    @Test
    void jgraphtReadsTheEntityGraphWithTypesMentionCountsAndEdgeKinds() {
        StringWriter out = new StringWriter();
        try (Store store = Dossier.fill(dir)) {
            Exports.export(store, ExportFormat.GRAPHML, null, out);
        }
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edges = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> put(nodes, p.getFirst(), p.getSecond(), a));
        importer.addEdgeAttributeConsumer((p, a) -> put(edges, p.getFirst(), p.getSecond(), a));
        importer.importGraph(graph, new StringReader(out.toString()));

        assertThat(graph.vertexSet()).contains("ruritania", "borduria", "rudolf-elphberg", "falcon-3");
        assertThat(nodes.get("ruritania")).containsEntry("type", "GPE").containsEntry("mentions", "3");
        DefaultEdge role = graph.getEdge("rudolf-elphberg", "ruritania");
        assertThat(edges.get(role)).containsEntry("kind", "relation").containsEntry("label", "ROLE");
        assertThat(graph.getAllEdges("borduria", "ruritania"))
                .extracting(edges::get)
                .extracting(attributes -> attributes.get("label"))
                .containsExactlyInAnyOrder("MEET", "AGREE");
    }

    private static <K> void put(Map<K, Map<String, String>> into, K key, String name, Attribute attribute) {
        into.computeIfAbsent(key, k -> new HashMap<>()).put(name, attribute.getValue());
    }
}
