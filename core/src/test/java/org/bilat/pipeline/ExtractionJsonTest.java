package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilat.model.BilatException;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.bilat.model.Extraction;
import org.bilat.model.Mention;
import org.bilat.model.Quantity;
import org.bilat.model.Relation;
import org.bilat.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionJsonTest {
    private static final String TEXT = "Minsk hosted the talks. Minsk agreed.";

    @TempDir
    Path dir;

    @Test
    void writesTheSchemaKeysInAFixedOrder() throws IOException {
        JsonNode record = new ObjectMapper().readTree(ExtractionJson.write(extraction("a.txt")));

        assertThat(record.fieldNames())
                .toIterable()
                .containsExactly(
                        "doc", "metadata", "entities", "events", "quantities", "relations", "levels", "warnings");
        assertThat(record.get("doc").asText()).isEqualTo("a.txt");
        assertThat(record.get("entities").get(0).fieldNames())
                .toIterable()
                .containsExactly("id", "name", "type", "aliases", "mentions");
    }

    @Test
    void writesEntitiesWithTheirMentionSpans() throws IOException {
        JsonNode entity = new ObjectMapper()
                .readTree(ExtractionJson.write(extraction("a.txt")))
                .get("entities")
                .get(0);

        assertThat(entity.get("type").asText()).isEqualTo("GPE");
        assertThat(entity.get("aliases").get(0).asText()).isEqualTo("Minsk");
        assertThat(entity.get("mentions").get(1).get("start").asInt()).isEqualTo(24);
    }

    @Test
    void leavesOutMetadataTheDocumentDoesNotHave() throws IOException {
        JsonNode metadata = new ObjectMapper()
                .readTree(ExtractionJson.write(extraction("a.txt")))
                .get("metadata");

        assertThat(metadata.fieldNames()).toIterable().containsExactly("title", "mediaType", "contentHash");
    }

    @Test
    void prettyPrintsWithNewlinesOnly() {
        String json = ExtractionJson.write(extraction("a.txt"));

        assertThat(json)
                .startsWith("{\n  \"doc\": \"a.txt\",\n")
                .doesNotContain("\r")
                .doesNotEndWith("\n");
    }

    @Test
    void writesTheSameRecordOnOneLineForJsonLines() throws IOException {
        Extraction extraction = extraction("a.txt");
        ObjectMapper json = new ObjectMapper();

        String line = ExtractionJson.line(extraction);

        assertThat(line).doesNotContain("\n");
        assertThat(json.readTree(line)).isEqualTo(json.readTree(ExtractionJson.write(extraction)));
    }

    @Test
    void writesOneFileNamedAfterTheSource() throws IOException {
        BatchTarget.jsonFiles(dir.resolve("out")).write(extraction("a.txt"));

        String written = Files.readString(dir.resolve("out/a.txt.json"), StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(ExtractionJson.write(extraction("a.txt")) + "\n");
    }

    @Test
    void refusesASecondInputWithTheSameFileName() {
        BatchTarget target = BatchTarget.jsonFiles(dir);
        target.write(extraction("a.txt"));

        assertThatThrownBy(() -> target.write(extraction("a.txt")))
                .isInstanceOf(BilatException.class)
                .hasMessageStartingWith("in/a.txt: another input already wrote a.txt.json");
    }

    @Test
    void writesEventsFiguresAndRelationsAsTheSchemaNamesThem() throws IOException {
        Extraction entities = extraction("a.txt");
        Evidence talks = Evidence.of(TEXT, 0, 23);
        Event event = new Event(
                EventType.MEET, "043", "2019-05", List.of("minsk"), "minsk", List.of(talks), "Minsk hosted talks");
        Quantity figure = new Quantity(2.77e9, "USD", "trade deficit", "up to", List.of("minsk"), "2018", talks);
        Relation relation = new Relation(RelationType.LOCATED_IN, "minsk", "minsk", null, Evidence.of(TEXT, 24, 37));
        Extraction facts = new Extraction(
                entities.document(),
                entities.entities(),
                List.of(event),
                List.of(figure),
                List.of(relation),
                List.of("token 3 (\"May\"): cannot read the date"));

        JsonNode record = new ObjectMapper().readTree(ExtractionJson.write(facts));

        JsonNode written = record.get("events").get(0);
        assertThat(written.get("type").asText()).isEqualTo("MEET");
        assertThat(written.get("cameo").asText()).isEqualTo("043");
        assertThat(written.get("date").asText()).isEqualTo("2019-05");
        assertThat(written.get("evidence").asText()).isEqualTo("Minsk hosted the talks.");
        assertThat(record.get("quantities").get(0).get("value").asLong()).isEqualTo(2_770_000_000L);
        assertThat(record.get("quantities").get(0).get("subject").get(0).asText())
                .isEqualTo("minsk");
        assertThat(record.get("relations").get(0).get("evidence").asText()).isEqualTo("Minsk agreed.");
        assertThat(record.get("warnings").get(0).asText()).startsWith("token 3");
    }

    private static Extraction extraction(String source) {
        Document document =
                new Document(source, "in/" + source, "abc123", "text/plain", TEXT, "Talks", null, null, null);
        List<Mention> mentions =
                List.of(new Mention(0, 5, "Minsk", EntityType.GPE), new Mention(24, 29, "Minsk", EntityType.GPE));
        Entity minsk = new Entity("minsk", "Minsk", EntityType.GPE, List.of("Minsk"), mentions);
        return Extraction.ofEntities(document, List.of(minsk), List.of());
    }
}
