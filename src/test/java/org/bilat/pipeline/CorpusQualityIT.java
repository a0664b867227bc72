package org.bilat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bilat.eval.Score;
import org.bilat.eval.Scorer;
import org.bilat.ingest.DocumentReader;
import org.bilat.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction quality on the sample corpus, scored against its gold records; floors sit just under the measured level. */
class CorpusQualityIT {
    private static final Path SHARED = Path.of("..", "shared");
    private static final double ENTITIES_F1 = 0.90;
    private static final double TYPE_ACCURACY = 0.92;
    private static final double IDENTITY_F1 = 0.95;
    private static final double EVENTS_F1 = 0.76;
    private static final double QUANTITIES_F1 = 0.95;
    private static final double RELATIONS_F1 = 0.75;
    private static final double EVIDENCE_EXACT = 1.0;

    @Test
    void extractionScoresAtLeastTheFloorsOnTheSampleCorpus(@TempDir Path predictions) throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("corpus")), "../shared/corpus is absent (as in a user's clone)");
        for (Path file : corpus()) {
            Document doc =
                    DocumentReader.withMaxSize(DocumentReader.DEFAULT_MAX_BYTES).read(file);
            Files.writeString(
                    predictions.resolve(doc.source() + ".json"),
                    ExtractionJson.write(Pipeline.shared().extract(doc)));
        }

        Score score = Scorer.score(SHARED.resolve("eval/gold"), predictions, SHARED.resolve("corpus"));
        System.out.println(score.table());

        assertThat(score.entities().f1()).isGreaterThanOrEqualTo(ENTITIES_F1);
        assertThat(score.entityTypeAccuracy()).isGreaterThanOrEqualTo(TYPE_ACCURACY);
        assertThat(score.identity().f1()).isGreaterThanOrEqualTo(IDENTITY_F1);
        assertThat(score.events().f1()).isGreaterThanOrEqualTo(EVENTS_F1);
        assertThat(score.quantities().f1()).isGreaterThanOrEqualTo(QUANTITIES_F1);
        assertThat(score.relations().f1()).isGreaterThanOrEqualTo(RELATIONS_F1);
        assertThat(score.evidenceExact()).isEqualTo(EVIDENCE_EXACT);
    }

    private static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(SHARED.resolve("corpus"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
