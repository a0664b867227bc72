package org.bilat.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bilat.model.BilatException;
import org.bilat.store.LadderStep;
import org.bilat.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlTest {
    @TempDir
    Path dir;

    @Test
    void writesOneLinePerRecordWithDocumentIdsAndQuotes() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : export(dir.resolve("a")).lines().toList()) {
            lines.add(json.readTree(line));
        }

        assertThat(lines).extracting(l -> l.get("kind").asText()).containsSubsequence("document", "entity", "event");
        JsonNode talks = lines.stream()
                .filter(l -> l.get("kind").asText().equals("event"))
                .filter(l -> l.get("type").asText().equals("MEET"))
                .findFirst()
                .orElseThrow();
        assertThat(talks.get("doc").asText()).hasSize(16);
        assertThat(talks.get("participants")).extracting(JsonNode::asText).containsExactly("ruritania", "borduria");
        assertThat(talks.get("evidence").get(0).get("quote").asText())
                .isEqualTo("Ruritania and Borduria held talks in Strelsau in May 2015");
        JsonNode ruritania = lines.stream()
                .filter(l -> l.get("kind").asText().equals("entity"))
                .filter(l -> l.get("id").asText().equals("ruritania"))
                .findFirst()
                .orElseThrow();
        assertThat(ruritania.get("documents")).hasSize(2);
        List<JsonNode> levels = lines.stream()
                .filter(l -> l.get("kind").asText().equals("level"))
                .toList();
        assertThat(levels).hasSize(2);
        assertThat(levels.get(0).get("states")).extracting(JsonNode::asText).containsExactly("borduria", "ruritania");
        assertThat(levels.get(0).get("label").asText()).isEqualTo("strategic partnership");
        assertThat(levels.get(0).get("rank").asInt()).isEqualTo(3);
        assertThat(levels.get(0).get("date").asText()).isEqualTo("2016");
        assertThat(levels.get(0).get("formal").asBoolean()).isTrue();
        assertThat(levels.get(0).get("evidence").get("quote").asText())
                .isEqualTo("upgraded their ties to a strategic partnership in 2016");
        assertThat(levels.get(1).has("date")).isFalse();
        assertThat(levels.get(1).get("formal").asBoolean()).isFalse();
    }

    @Test
    void loadingAnExportIntoAnEmptyStoreExportsTheSameLinesAgain() throws Exception {
        String first = export(dir.resolve("a"));
        Path file = dir.resolve("kb.jsonl");
        Files.writeString(file, first, UTF_8);

        try (Store copy = Store.open(dir.resolve("b"))) {
            assertThat(Exports.load(file, copy)).isEqualTo(2);
            StringWriter again = new StringWriter();
            Exports.export(copy, ExportFormat.JSONL, null, again);
            assertThat(again.toString()).isEqualTo(first);
            assertThat(copy.relations("ruritania")).hasSize(1);
            assertThat(copy.ladder("Ruritania", "Borduria"))
                    .extracting(LadderStep::label)
                    .containsExactly("strategic partnership", "old friends");
        }
    }

    @Test
    void refusesToLoadIntoAStoreThatHoldsDocuments() throws Exception {
        Path file = dir.resolve("kb.jsonl");
        Files.writeString(file, export(dir.resolve("a")), UTF_8);

        try (Store full = Dossier.fill(dir.resolve("b"))) {
            assertThatThrownBy(() -> Exports.load(file, full))
                    .isInstanceOf(BilatException.class)
                    .hasMessageContaining("the knowledge base is not empty");
        }
    }

    @Test
    void rejectsAnUnknownKindAndAQuoteThatIsNotTheTextNamingTheLine() throws Exception {
        Path unknown = dir.resolve("unknown.jsonl");
        Files.writeString(unknown, "{\"kind\":\"rumour\"}\n", UTF_8);
        String lines = export(dir.resolve("a"));
        Path forged = dir.resolve("forged.jsonl");
        Files.writeString(
                forged,
                lines.replace(
                        "\"quote\":\"Its range is up to 200 km\"", "\"quote\":\"Its range is" + " up to 900 km\""),
                UTF_8);

        try (Store empty = Store.open(dir.resolve("b"))) {
            assertThatThrownBy(() -> Exports.load(unknown, empty))
                    .hasMessage(unknown + ":1: unknown record kind 'rumour'; one of document, entity, event, quantity,"
                            + " relation, level");
            assertThatThrownBy(() -> Exports.load(forged, empty))
                    .hasMessageContaining("quote 'Its range is up to 900 km' is not the text at");
            assertThat(empty.documents()).isEmpty();
        }
    }

    @Test
    void rejectsALevelWhoseFormalIsNotABooleanNamingTheLine() throws Exception {
        Path file = dir.resolve("level.jsonl");
        Files.writeString(file, export(dir.resolve("a")).replace("\"formal\":false", "\"formal\":\"no\""), UTF_8);

        try (Store empty = Store.open(dir.resolve("b"))) {
            assertThatThrownBy(() -> Exports.load(file, empty))
                    .hasMessageEndingWith(": formal: missing or not true/false");
            assertThat(empty.documents()).isEmpty();
        }
    }

    private static String export(Path data) {
        try (Store store = Dossier.fill(data)) {
            StringWriter out = new StringWriter();
            Exports.export(store, ExportFormat.JSONL, null, out);
            return out.toString();
        }
    }
}
