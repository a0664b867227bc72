package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilat.search.SearchIndex;
import org.bilat.search.SearchQuery;
import org.bilat.search.SearchResults;
import org.bilat.store.Store;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.followthemoney.entity.ValueEntity;
import tech.followthemoney.model.Model;

/** export and import end to end over the demo dossier, ingested once with the real NLP models. */
class ExportCommandIT {
    private static final Object LOCK = new Object();
    private static @Nullable Path demo;

    @TempDir
    Path dir;

    /** The demo dossier's knowledge base, ingested on first use. */
    private static Path demo() {
        synchronized (LOCK) {
            Path built = demo;
            if (built == null) {
                try {
                    built = Files.createTempDirectory("bilat-export-demo").resolve("data");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Run ingest = Run.bilat("ingest", "--data", built.toString(), "demo");
                assertThat(ingest.outLines()).containsExactly("ingested 9, unchanged 0, failed 0");
                demo = built;
            }
            return built;
        }
    }

    @Test
    void jsonlLoadsIntoAFreshStoreThatExportsTheSameAndFindsTheFactsBySearch() throws IOException {
        Path first = dir.resolve("first.jsonl");
        Path copy = dir.resolve("copy");
        Path second = dir.resolve("second.jsonl");

        Run export = Run.bilat("export", "--data", demo().toString(), "--format", "jsonl", "--out", first.toString());
        Run load = Run.bilat("import", "--data", copy.toString(), first.toString());
        Run again = Run.bilat("export", "--data", copy.toString(), "--format", "jsonl", "--out", second.toString());

        assertThat(export.code()).isZero();
        assertThat(load.code()).isZero();
        assertThat(load.outLines()).singleElement().asString().startsWith("loaded 9 documents from ");
        assertThat(again.code()).isZero();
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(hits(copy, "Polonez")).isEqualTo(hits(demo(), "Polonez")).isPositive();
        assertThat(hits(copy, "Great Stone"))
                .isEqualTo(hits(demo(), "Great Stone"))
                .isPositive();
    }

    @Test
    void ftmLinesReadBackThroughFollowTheMoneyAndGraphmlThroughJgrapht() throws Exception {
        Path ftm = dir.resolve("kb.ftm.json");
        Path graphml = dir.resolve("kb.graphml");
        assertThat(Run.bilat("export", "--data", demo().toString(), "--format", "ftm", "--out", ftm.toString())
                        .code())
                .isZero();
        assertThat(Run.bilat("export", "--data", demo().toString(), "--format", "graphml", "--out", graphml.toString())
                        .code())
                .isZero();

        Model model = Model.loadDefault();
        ObjectMapper json = new ObjectMapper();
        List<String> schemas = Files.readAllLines(ftm).stream()
                .map(line -> read(model, json, line).getSchema().getName())
                .distinct()
                .toList();
        assertThat(schemas).contains("Person", "Organization", "PublicBody", "Event");
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(graph, graphml.toFile());
        try (Store store = Store.open(demo())) {
            assertThat(graph.vertexSet())
                    .hasSize(store.summary(0).entitiesPerType().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum());
        }
        assertThat(graph.vertexSet()).contains("belarus", "china");
        assertThat(graph.getAllEdges("belarus", "china")).isNotEmpty();
    }

    @Test
    void csvAndEventsTsvWriteTheirTablesAndSayWhere() throws IOException {
        Path csv = dir.resolve("csv");
        Path tsv = dir.resolve("events.tsv");

        Run tables = Run.bilat("export", "--data", demo().toString(), "--format", "csv", "--out", csv.toString());
        Run events =
                Run.bilat("export", "--data", demo().toString(), "--format", "events-tsv", "--out", tsv.toString());

        assertThat(tables.outLines())
                .singleElement()
                .asString()
                .startsWith("wrote ")
                .endsWith(" csv records to " + csv);
        assertThat(csv.resolve("events.csv")).exists();
        assertThat(csv.resolve("figures.csv")).exists();
        assertThat(csv.resolve("agreements.csv")).exists();
        assertThat(events.code()).isZero();
        assertThat(Files.readAllLines(tsv))
                .first()
                .isEqualTo("date\tsource_actor\ttarget_actor\tcameo_code\troot_code\tquad_class\tlocation\tsource"
                        + "\tquote\tbilat_type");
        assertThat(Files.readAllLines(tsv)).hasSizeGreaterThan(10);
    }

    @Test
    void badFormatEmptyStoreAndUnwritableOutputEachGiveOneLine() {
        Path empty = dir.resolve("empty");
        Path out = dir.resolve("out.jsonl");
        Path nowhere = dir.resolve("missing").resolve("kb.jsonl");
        Store.open(empty).close();

        Run format = Run.bilat("export", "--data", demo().toString(), "--format", "xml");
        Run nothing = Run.bilat("export", "--data", empty.toString(), "--format", "jsonl", "--out", out.toString());
        Run unwritable =
                Run.bilat("export", "--data", demo().toString(), "--format", "jsonl", "--out", nowhere.toString());

        assertThat(format.code()).isEqualTo(2);
        assertThat(format.errLines())
                .first()
                .isEqualTo("--format: unknown format 'xml'; use one of jsonl, ftm, graphml, csv, events-tsv");
        assertThat(nothing.code()).isEqualTo(1);
        assertThat(nothing.err()).isEqualTo("error: nothing to export: the knowledge base holds no documents\n");
        assertThat(out).doesNotExist();
        assertThat(unwritable.code()).isEqualTo(1);
        assertThat(unwritable.err()).isEqualTo("error: " + nowhere + ": cannot write: no such folder\n");
    }

    private static long hits(Path data, String text) {
        try (SearchIndex index = SearchIndex.open(data)) {
            SearchResults results = index.search(SearchQuery.of(text));
            return results.total();
        }
    }

    private static ValueEntity read(Model model, ObjectMapper json, String line) {
        try {
            return ValueEntity.fromJson(model, json.readTree(line));
        } catch (Exception e) {
            throw new IllegalStateException("not an FtM entity: " + line, e);
        }
    }
}
