package org.bilat.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerGoldTest {
    private static final Path SHARED = Path.of("..", "shared").toAbsolutePath().normalize();
    private static final Path GOLD = SHARED.resolve("eval/gold");
    private static final Path DOCS = SHARED.resolve("corpus");
    private static final Path SCRIPT = SHARED.resolve("eval/score.py");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void needsTheSampleGold() {
        assumeTrue(Files.isDirectory(GOLD), "needs ../shared/eval/gold, the sample gold records");
    }

    @Test
    void scoresTheGoldAgainstItselfOneEverywhere() {
        Score score = Scorer.score(GOLD, GOLD, DOCS);
        Prf one = new Prf(1.0, 1.0, 1.0);
        assertThat(List.of(score.entities(), score.events(), score.quantities(), score.relations(), score.identity()))
                .containsOnly(one);
        assertThat(List.of(score.entityTypeAccuracy(), score.eventParticipantsF1(), score.eventDateExact()))
                .containsOnly(1.0);
        assertThat(score.evidenceExact()).isEqualTo(1.0);
    }

    @Test
    void printsTheSameTableAsScorePy() throws Exception {
        assumeTrue(python(), "needs python3 to run score.py");
        String expected = run(GOLD.toString(), GOLD.toString(), "--docs", DOCS.toString());
        assertThat(Scorer.score(GOLD, GOLD, DOCS).table()).isEqualTo(expected);
    }

    @Test
    void agreesWithScorePyOnFlawedPredictionsToTheLastBit() throws Exception {
        assumeTrue(python(), "needs python3 to run score.py");
        Path pred = perturbedPredictions();
        Score score = Scorer.score(GOLD, pred, DOCS);
        assertThat(score.table()).isEqualTo(run(GOLD.toString(), pred.toString(), "--docs", DOCS.toString()));
        JsonNode expected = JSON.readTree(run(GOLD.toString(), pred.toString(), "--docs", DOCS.toString(), "--json"));
        assertThat(score.entities()).isEqualTo(prf(expected.path("entities")));
        assertThat(score.events()).isEqualTo(prf(expected.path("events")));
        assertThat(score.quantities()).isEqualTo(prf(expected.path("quantities")));
        assertThat(score.relations()).isEqualTo(prf(expected.path("relations")));
        assertThat(score.identity()).isEqualTo(prf(expected.path("identity_bcubed")));
        assertThat(score.entityTypeAccuracy())
                .isEqualTo(expected.path("entity_type_accuracy").doubleValue());
        assertThat(score.eventParticipantsF1())
                .isEqualTo(expected.path("event_participants_f1").doubleValue());
        assertThat(score.eventDateExact())
                .isEqualTo(expected.path("event_date_exact").doubleValue());
        assertThat(score.evidenceExact())
                .isEqualTo(expected.path("evidence_exact").doubleValue());
        assertThat(score.entities().f1()).isBetween(0.3, 0.99);
    }

    @Test
    void printsTheSameTableAsScorePyWithLevels() throws Exception {
        assumeTrue(python(), "needs python3 to run score.py");
        Path pred = perturbedPredictions();
        String expected = run(GOLD.toString(), pred.toString(), "--docs", DOCS.toString(), "--levels");
        assertThat(expected).contains("\nlevels ");
        assertThat(Scorer.evaluate(GOLD, pred, DOCS, true).score().table()).isEqualTo(expected);
    }

    private Path perturbedPredictions() throws IOException {
        Path pred = Files.createDirectories(dir.resolve("pred"));
        List<Path> golds;
        try (Stream<Path> files = Files.list(GOLD)) {
            golds = new ArrayList<>(files.sorted().toList());
        }
        for (int doc = 0; doc < golds.size(); doc++) {
            Path gold = golds.get(doc);
            if (doc != 2) {
                ObjectNode flawed = PerturbedPrediction.of((ObjectNode) JSON.readTree(gold.toFile()), doc);
                JSON.writeValue(pred.resolve(gold.getFileName().toString()).toFile(), flawed);
            }
        }
        return pred;
    }

    private static Prf prf(JsonNode node) {
        return new Prf(
                node.path("p").doubleValue(),
                node.path("r").doubleValue(),
                node.path("f1").doubleValue());
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0 && Files.exists(SCRIPT);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", SCRIPT.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("score.py exit code").isZero();
        return out;
    }
}
