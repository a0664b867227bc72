package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilat.ingest.DocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, extract and demo end to end with the real NLP models (loaded once for the whole test JVM). */
class BatchCommandsIT {
    // our own sentences, public reference knowledge only
    private static final String TALKS = "Alexander Lukashenko met Xi Jinping in Beijing in May 2015. "
            + "Belarus and China agreed to develop the Great Stone Industrial Park near Minsk.\n";
    private static final String PARK = "The Great Stone Industrial Park lies near Minsk. "
            + "China Merchants Group invested in the park, and the Belarusian government backed it.\n";

    @TempDir
    Path dir;

    @Test
    void ingestStoresTheGoodFileAndReportsEachBadOneInOneLine() throws IOException {
        Path good = write("talks.txt", TALKS);
        Path unsupported = write("notes.xyz", "not a format Bilat reads\n");
        Path missing = dir.resolve("missing.txt");
        Path data = dir.resolve("data");

        Run run = Run.bilat(
                "ingest", "--data", data.toString(), missing.toString(), unsupported.toString(), good.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).isEqualTo(missing + ": no such file");
        assertThat(run.errLines().get(1)).startsWith(unsupported + ": unsupported file type .xyz");
        assertThat(run.outLines()).containsExactly("ingested 1, unchanged 0, failed 2");
        assertThat(Run.bilat("docs", "--data", data.toString()).out()).contains("talks.txt");
    }

    @Test
    void ingestOfTheSameContentAgainChangesNothing() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("park.txt"), PARK, StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        Run.bilat("ingest", "--data", data.toString(), folder.toString());

        Run again = Run.bilat("ingest", "--data", data.toString(), folder.toString());

        assertThat(again.code()).isZero();
        assertThat(again.outLines()).containsExactly("ingested 0, unchanged 1, failed 0");
        assertThat(again.err()).isEmpty();
    }

    @Test
    void extractWritesOneSchemaRecordPerFileIntoTheOutFolder() throws IOException {
        Path a = write("a.txt", TALKS);
        Path out = dir.resolve("out");

        Run run = Run.bilat("extract", "--json", "--out", out.toString(), a.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode record = new ObjectMapper().readTree(out.resolve("a.txt.json").toFile());
        assertThat(record.fieldNames()).toIterable().contains("doc", "entities", "events", "quantities", "relations");
        assertThat(record.get("doc").asText()).isEqualTo("a.txt");
        assertThat(record.get("entities")).isNotEmpty();
        assertThat(record.get("entities").get(0).fieldNames()).toIterable().contains("id", "name", "type", "aliases");
        assertThat(dir.resolve("bilat-data")).doesNotExist();
    }

    @Test
    void ingestPrintsEachWarningOnStderrAsOneLineNamingTheFileAndKeepsTheSummary() throws IOException {
        // a broken PDF's table comes out as one line of cells with no sentence end
        Path broken = write("broken.txt", TALKS + "col 12 x ".repeat(100).strip() + "\n");

        Run run = Run.bilat("ingest", "--data", dir.resolve("data").toString(), broken.toString());

        assertThat(run.code()).isZero();
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .startsWith(broken + ": character " + TALKS.length() + ": a sentence of 300 tokens is longer than");
        assertThat(run.outLines()).containsExactly("ingested 1, unchanged 0, failed 0");
    }

    @Test
    void extractPrintsOneRecordPerFileInInputOrder() throws IOException {
        Path a = write("a.txt", TALKS);
        Path b = write("b.txt", PARK);

        Run run = Run.bilat("extract", "--json", b.toString(), a.toString());

        assertThat(run.code()).isZero();
        List<JsonNode> records = new ObjectMapper()
                .readerFor(JsonNode.class)
                .<JsonNode>readValues(run.out())
                .readAll();
        assertThat(records).extracting(record -> record.get("doc").asText()).containsExactly("b.txt", "a.txt");
    }

    @Test
    void demoTwiceAddsNothingTheSecondTime() throws IOException {
        Path demo = BilatCommand.home().resolve("demo");
        assumeTrue(Files.isDirectory(demo), "the bundled demo/ folder is not there yet");
        int documents = DocumentReader.expand(List.of(demo)).size();
        String data = dir.resolve("data").toString();

        Run first = Run.bilat("demo", "--no-serve", "--data", data);
        Run second = Run.bilat("demo", "--no-serve", "--data", data);

        assertThat(first.code()).isZero();
        assertThat(first.outLines()).first().isEqualTo("ingested " + documents + ", unchanged 0, failed 0");
        assertThat(first.out()).contains("documents: " + documents, "entities: PERSON ", "most mentioned:");
        assertThat(second.code()).isZero();
        assertThat(second.outLines()).first().isEqualTo("nothing new: " + documents + " documents unchanged");
        assertThat(second.err()).isEmpty();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
