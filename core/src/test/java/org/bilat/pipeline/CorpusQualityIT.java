package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.bilat.eval.Score;
import org.bilat.eval.Scorer;
import org.bilat.ingest.DocumentReader;
import org.bilat.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction quality on the two visible sample sets (the five analyses and the wide set of short articles), scored
 * against their gold records; floors sit just under the measured level.
 */
class CorpusQualityIT {
    private static final Path SHARED = Path.of("..", "shared");

    /** The lowest scores a set may reach. */
    private record Floors(
            double entities,
            double typeAccuracy,
            double identity,
            double events,
            double participants,
            double dateExact,
            double quantities,
            double relations,
            double levels) {}

    @Test
    void extractionScoresAtLeastTheFloorsOnTheFiveAnalyses(@TempDir Path predictions) throws IOException {
        Path docs = SHARED.resolve("corpus");
        assumeTrue(Files.isDirectory(docs), "../shared/corpus is absent (as in a user's clone)");
        Score score = scoreSet(docs, SHARED.resolve("eval/gold"), predictions);

        assertFloors(score, new Floors(0.92, 0.96, 0.95, 0.80, 0.75, 0.80, 0.98, 0.78, 0.95));
    }

    @Test
    void extractionScoresAtLeastTheFloorsOnTheWideSet(@TempDir Path predictions) throws IOException {
        Path wide = SHARED.resolve("eval/wide");
        assumeTrue(Files.isDirectory(wide), "../shared/eval/wide is absent (as in a user's clone)");
        Score score = scoreSet(wide.resolve("docs"), wide.resolve("gold"), predictions);

        assertFloors(score, new Floors(0.89, 0.96, 0.97, 0.70, 0.72, 0.82, 0.93, 0.76, 0.85));
    }

    private static Score scoreSet(Path docs, Path gold, Path predictions) throws IOException {
        for (Path file : files(docs)) {
            Document doc =
                    DocumentReader.withMaxSize(DocumentReader.DEFAULT_MAX_BYTES).read(file);
            Files.writeString(
                    predictions.resolve(doc.source() + ".json"),
                    ExtractionJson.write(Pipeline.shared().extract(doc)));
        }
        Score score = Scorer.evaluate(gold, predictions, docs, true).score();
        System.out.println(docs + "\n" + score.table());
        return score;
    }

    private static void assertFloors(Score score, Floors floors) {
        assertThat(score.entities().f1()).isGreaterThanOrEqualTo(floors.entities());
        assertThat(score.entityTypeAccuracy()).isGreaterThanOrEqualTo(floors.typeAccuracy());
        assertThat(score.identity().f1()).isGreaterThanOrEqualTo(floors.identity());
        assertThat(score.events().f1()).isGreaterThanOrEqualTo(floors.events());
        assertThat(score.eventParticipantsF1()).isGreaterThanOrEqualTo(floors.participants());
        assertThat(score.eventDateExact()).isGreaterThanOrEqualTo(floors.dateExact());
        assertThat(score.quantities().f1()).isGreaterThanOrEqualTo(floors.quantities());
        assertThat(score.relations().f1()).isGreaterThanOrEqualTo(floors.relations());
        assertThat(Objects.requireNonNull(score.levels()).f1()).isGreaterThanOrEqualTo(floors.levels());
        assertThat(score.evidenceExact()).isEqualTo(1.0);
    }

    private static List<Path> files(Path docs) throws IOException {
        try (Stream<Path> files = Files.list(docs)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
