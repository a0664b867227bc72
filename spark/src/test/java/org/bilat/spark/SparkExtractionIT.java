package org.bilat.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.bilat.ingest.DocumentReader;
import org.bilat.ingest.Limits;
import org.bilat.model.Extraction;
import org.bilat.pipeline.BatchReport;
import org.bilat.pipeline.BatchRun;
import org.bilat.pipeline.BatchTarget;
import org.bilat.pipeline.ExtractionJson;
import org.bilat.pipeline.Pipeline;
import org.bilat.store.DocumentRow;
import org.bilat.store.EntityRow;
import org.bilat.store.Store;
import org.bilat.store.Summary;
import org.bilat.store.TimelineFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark job in {@code local[2]} on the demo dossier, against core's extraction of the same files and a local
 * ingest of them: the same record for every document, and the same knowledge base. The NLP models load once, for
 * both (executors run in this JVM).
 */
class SparkExtractionIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEMO = Path.of("demo");

    @TempDir
    static Path temp;

    private static final Map<String, Extraction> LOCAL = new LinkedHashMap<>();
    /** The demo's file names in the order a folder walk gives them, which the records keep. */
    private static final List<String> ORDER = new ArrayList<>();

    private static Run job = new Run(-1, "", "");

    @BeforeAll
    static void runBothWays() {
        ingestLocally(temp.resolve("local"));
        job = Run.of("--master", "local[2]", DEMO.toString(), "--data", data("spark"), "--out", data("out"));
    }

    /** One run of the job's command line in this JVM: its exit code, standard output and standard error. */
    private record Run(int code, String stdout, String stderr) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine command = Main.commandLine();
            command.setOut(new PrintWriter(out));
            command.setErr(new PrintWriter(err));
            int code = command.execute(args);
            return new Run(code, out.toString(), err.toString());
        }
    }

    /** What {@code bilat ingest demo} does, keeping each document's extraction to compare with the job's records. */
    private static void ingestLocally(Path data) {
        List<Path> files = DocumentReader.expand(List.of(DEMO));
        files.forEach(file -> ORDER.add(String.valueOf(file.getFileName())));
        try (Store store = Store.open(data)) {
            BatchReport report = BatchRun.of(DocumentReader.withLimits(Limits.DEFAULT)::read, document -> {
                        Extraction extraction = Pipeline.shared().extract(document);
                        synchronized (LOCAL) {
                            LOCAL.put(document.source(), extraction);
                        }
                        return extraction;
                    })
                    .withWarmUp(Pipeline::shared)
                    .run(files, BatchTarget.indexed(store, data), progress -> {});
            assertThat(report.failed()).isZero();
        }
    }

    @Test
    void readsExtractsAndLoadsEveryDemoDocumentSayingHowFarEachStageCame() {
        assertThat(job.code()).as(job.stderr()).isZero();
        int documents = LOCAL.size();
        assertThat(documents).isEqualTo(9);
        assertThat(job.stdout()).contains("ingested " + documents + ", unchanged 0, failed 0");
        assertThat(job.stderr())
                .contains("read: " + documents + " documents")
                .contains("extract: read " + documents + ", extracted " + documents + ", skipped 0, failed 0 of "
                        + documents)
                .contains("write: " + documents + " records")
                .contains("load: " + documents + " of " + documents);
    }

    @Test
    void skipsOnTheExecutorsTheDocumentsTheStoreHoldsAlready() {
        Run again = Run.of("--master", "local[2]", DEMO.toString(), "--data", data("local"));

        int documents = LOCAL.size();
        assertThat(again.code()).as(again.stderr()).isZero();
        assertThat(again.stdout()).contains("ingested 0, unchanged " + documents + ", failed 0");
        assertThat(again.stderr())
                .contains("extract: read " + documents + ", extracted 0, skipped " + documents + ", failed 0 of "
                        + documents);
    }

    @Test
    void failsADocumentOverTheLimitsIngestTakesInOneLine() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("big"));
        Files.writeString(folder.resolve("big.txt"), "Ruritania and Borduria met in Strelsau. ".repeat(60_000));

        Run run = Run.of(
                "--master", "local[1]", folder.toString(), "--no-load", "--out", data("big-out"), "--max-size", "1");
        Run zero = Run.of("--master", "local[1]", folder.toString(), "--data", data("none"), "--max-text", "0");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.stderr())
                .containsPattern("big\\.txt: file is 2\\.\\d MB, over the 1 MB limit; use --max-size to raise it")
                .contains("extract: read 0, extracted 0, skipped 0, failed 1 of 1");
        assertThat(run.stdout()).contains("extracted 0, failed 1");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.stderr()).contains("--max-text: must be at least 1 (MB), got 0");
    }

    @Test
    void writesTheRecordCoreExtractsForEachDocumentInInputOrder() throws IOException {
        List<JsonNode> records = jsonLines(temp.resolve("out").resolve(RecordFiles.JSONL));
        assertThat(records).extracting(record -> record.get("doc").asText()).containsExactlyElementsOf(ORDER);
        for (JsonNode record : records) {
            Extraction local = local(record.get("doc").asText());
            JsonNode expected = JSON.readTree(ExtractionJson.line(local));
            for (String kind : List.of("entities", "events", "quantities", "relations", "levels", "metadata")) {
                assertThat(record.get(kind)).as(record.get("doc") + " " + kind).isEqualTo(expected.get(kind));
            }
            assertThat(record).isEqualTo(expected);
        }
    }

    @Test
    void writesTheSameRecordsAsParquet() {
        SparkSession spark =
                SparkSession.builder().master("local[1]").appName("read").getOrCreate();
        try {
            List<Row> rows = spark.read()
                    .parquet(temp.resolve("out").resolve(RecordFiles.PARQUET).toString())
                    .select("doc", "events")
                    .collectAsList();
            // a table, read back in whatever order its part files are listed
            assertThat(rows).extracting(row -> row.getString(0)).containsExactlyInAnyOrderElementsOf(ORDER);
            for (Row row : rows) {
                int events = row.isNullAt(1) ? 0 : row.getList(1).size();
                assertThat(events)
                        .as(row.getString(0))
                        .isEqualTo(local(row.getString(0)).events().size());
            }
        } finally {
            spark.stop();
        }
    }

    @Test
    void loadsTheStoreALocalIngestOfTheSameFilesLeaves() {
        try (Store local = Store.open(temp.resolve("local"));
                Store spark = Store.open(temp.resolve("spark"))) {
            assertThat(documents(spark)).isEqualTo(documents(local));
            assertThat(entities(spark)).isEqualTo(entities(local));
            Summary expected = local.summary(0);
            Summary actual = spark.summary(0);
            assertThat(actual.documents()).isEqualTo(expected.documents()).isEqualTo(LOCAL.size());
            assertThat(actual.entitiesPerType()).isEqualTo(expected.entitiesPerType());
            assertThat(actual.facts()).isEqualTo(expected.facts());
            assertThat(spark.timeline(TimelineFilter.all()))
                    .hasSameSizeAs(local.timeline(TimelineFilter.all()))
                    .isNotEmpty();
        }
    }

    private static List<String> documents(Store store) {
        return store.documents().stream().map(DocumentRow::toString).sorted().toList();
    }

    private static List<String> entities(Store store) {
        return store.entities(null, null, 100_000).stream()
                .map(EntityRow::toString)
                .sorted()
                .toList();
    }

    private static List<JsonNode> jsonLines(Path folder) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .toList()) {
                for (String line : Files.readAllLines(part)) {
                    records.add(JSON.readTree(line));
                }
            }
        }
        return records;
    }

    private static Extraction local(String doc) {
        return Objects.requireNonNull(LOCAL.get(doc), doc);
    }

    private static String data(String name) {
        return temp.resolve(name).toString();
    }
}
