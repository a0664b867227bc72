package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.bilat.store.FactKind;
import org.bilat.store.JudgementAction;
import org.bilat.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-gold over hand-built extractions (no models): one record per document, in the reviewed state. */
class ExportGoldCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String key(Store store, FactKind kind, String quoteStart) {
        return store.reviewQueue(null).stream()
                .filter(item -> item.kind() == kind && item.quote().startsWith(quoteStart))
                .findFirst()
                .orElseThrow()
                .key();
    }

    private static List<String> texts(JsonNode facts, String field) {
        return StreamSupport.stream(facts.spliterator(), false)
                .map(fact -> fact.path(field).asText())
                .toList();
    }

    @Test
    void writesEachDocumentsReviewedStateWithoutRejectedFactsAndWithEditedValues() throws IOException {
        Path data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            store.save(FactCommandsIT.first());
            store.save(FactCommandsIT.second());
            store.judge(
                    key(store, FactKind.EVENT, "Ruritania began developing"),
                    JudgementAction.REJECT,
                    Map.of(),
                    "ana",
                    "not a development");
            store.judge(
                    key(store, FactKind.FIGURE, "Its maximum range"),
                    JudgementAction.EDIT,
                    Map.of("date", "2016"),
                    "ana",
                    null);
        }
        Path gold = dir.resolve("gold");

        Run run = Run.bilat("export-gold", gold.toString(), "--data", data.toString());

        assertThat(run.out()).isEqualTo("wrote 2 gold records to " + gold + "\n");
        JsonNode first = JSON.readTree(gold.resolve("first.txt.json").toFile());
        JsonNode second = JSON.readTree(gold.resolve("second.txt.json").toFile());
        assertThat(first.path("doc").asText()).isEqualTo("first.txt");
        assertThat(texts(first.path("events"), "type")).containsExactly("MEET");
        assertThat(texts(first.path("quantities"), "unit")).containsExactly("KM", "USD");
        assertThat(texts(first.path("relations"), "type")).containsExactly("ROLE");
        assertThat(texts(second.path("events"), "type")).containsExactly("MEET", "DEVELOP", "AGREE");
        assertThat(texts(second.path("quantities"), "date")).containsExactly("2016");
        String subject = second.path("quantities").get(0).path("subject").get(0).asText();
        assertThat(texts(second.path("entities"), "id")).contains("borduria", "ruritania", subject);
        assertThat(gold.toFile().list()).containsExactlyInAnyOrder("first.txt.json", "second.txt.json");
    }
}
