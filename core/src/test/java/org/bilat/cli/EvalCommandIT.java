package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bilat eval SET --errors} on a set of one tiny document, with the real NLP models. */
class EvalCommandIT {
    // our own sentence; the gold adds an entity and a figure the text does not hold, so both are surely missed
    private static final String TALKS = "In March 2019, Kazakhstan signed a trade agreement with Japan in Tokyo.\n";
    private static final String GOLD = """
            {"doc": "talks.txt",
             "entities": [
               {"id": "kazakhstan", "name": "Kazakhstan", "type": "GPE", "aliases": []},
               {"id": "japan", "name": "Japan", "type": "GPE", "aliases": []},
               {"id": "board", "name": "Ruritanian Trade Board", "type": "ORG", "aliases": []}],
             "events": [{"type": "AGREE", "date": "2019-03", "participants": ["kazakhstan", "japan"],
                         "evidence": "Kazakhstan signed a trade agreement with Japan"}],
             "quantities": [{"value": 7, "unit": "SHIP", "measure": "ships sold", "evidence": "Tokyo"}],
             "relations": []}
            """;

    @TempDir
    Path dir;

    @Test
    void evalOfASetListsEachDocumentsErrorsAndScoresEachType() throws IOException {
        Path set = set();

        Run run = Run.bilat("eval", set.toString(), "--errors");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outLines())
                .startsWith("section                 P      R     F1   gold   pred")
                .contains(
                        "entity type             P      R     F1   gold   pred  match",
                        "event type              P      R     F1   gold   pred  match",
                        "relation type           P      R     F1   gold   pred  match",
                        "talks.txt.json",
                        "  missed entity: Ruritanian Trade Board (ORG)",
                        "  missed quantity: 7 SHIP [ships sold] \"Tokyo\"");
        assertThat(run.out()).contains("\nevents              1.000  1.000  1.000      1      1\n");
    }

    @Test
    void evalWithoutErrorsPrintsOnlyTheScoreTable() throws IOException {
        Path set = set();

        Run run = Run.bilat("eval", set.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(9).first().asString().startsWith("section ");
        assertThat(run.out()).doesNotContain("missed");
    }

    private Path set() throws IOException {
        Path set = dir.resolve("set");
        Files.createDirectories(set.resolve("docs"));
        Files.createDirectories(set.resolve("gold"));
        Files.writeString(set.resolve("docs/talks.txt"), TALKS, StandardCharsets.UTF_8);
        Files.writeString(set.resolve("gold/talks.txt.json"), GOLD, StandardCharsets.UTF_8);
        return set;
    }
}
