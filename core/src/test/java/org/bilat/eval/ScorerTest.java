package org.bilat.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bilat.model.BilatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {
    private static final String GOLD = """
            {"doc": "a.txt",
             "entities": [
               {"id": "belarus", "name": "Belarus", "type": "GPE", "aliases": ["Belarus"]},
               {"id": "china", "name": "China", "type": "GPE", "aliases": ["China", "PRC"]},
               {"id": "mzkt", "name": "Minsk Wheeled Tractor Plant", "type": "ORG", "aliases": ["MZKT"]},
               {"id": "sanjiang", "name": "Sanjiang", "type": "ORG", "aliases": []}],
             "events": [{"type": "AGREE", "date": "2016-09", "participants": ["belarus", "china"],
                         "evidence": "signed a treaty"}],
             "quantities": [{"value": 2770000000, "unit": "USD", "evidence": "USD 2.77 billion"}],
             "relations": [{"type": "PARTNER", "subject": "mzkt", "object": "sanjiang", "evidence": "with Sanjiang"}]}
            """;
    private static final String TEXT = "Belarus and China signed a treaty. MZKT works with Sanjiang. USD 2.77 billion.";

    @TempDir
    Path dir;

    @Test
    void scoresAPerfectPredictionOneEverywhere() throws IOException {
        Score score = score(GOLD, GOLD);
        for (Prf prf : new Prf[] {score.entities(), score.events(), score.quantities(), score.relations()}) {
            assertThat(prf).isEqualTo(new Prf(1.0, 1.0, 1.0));
        }
        assertThat(score.identity()).isEqualTo(new Prf(1.0, 1.0, 1.0));
        assertThat(score.entityTypeAccuracy()).isEqualTo(1.0);
        assertThat(score.eventParticipantsF1()).isEqualTo(1.0);
        assertThat(score.eventDateExact()).isEqualTo(1.0);
        assertThat(score.evidenceExact()).isEqualTo(1.0);
        assertThat(score.counts())
                .containsEntry("entities", new Counts(4, 4))
                .containsEntry("events", new Counts(1, 1));
    }

    @Test
    void countsAMissedEntityAgainstRecallOnly() throws IOException {
        Score score = score(GOLD, GOLD.replaceAll(",\\s*\\{\"id\": \"sanjiang\"[^}]*}", ""));
        assertThat(score.entities().p()).isEqualTo(1.0);
        assertThat(score.entities().r()).isEqualTo(0.75);
        assertThat(score.entities().f1()).isCloseTo(6.0 / 7, within(1e-12));
        assertThat(score.counts().get("entities")).isEqualTo(new Counts(4, 3));
        assertThat(score.relations()).isEqualTo(new Prf(0.0, 0.0, 0.0));
    }

    @Test
    void matchesNamesAfterFolding() throws IOException {
        String pred = """
                {"entities": [{"id": "p1", "name": "the  BELARUS", "type": "GPE"},
                              {"id": "p2", "name": "People's Republic", "type": "GPE", "aliases": ["prc."]},
                              {"id": "p3", "name": "Minsk Wheeled—Trаctor Plant", "type": "PRODUCT"}]}
                """;
        Score score = score(GOLD, pred);
        assertThat(score.entities().p()).isEqualTo(1.0);
        assertThat(score.entities().r()).isEqualTo(0.75);
        assertThat(score.entityTypeAccuracy()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void matchesAPartnerRelationEitherWayRoundButNoOther() throws IOException {
        String flipped = GOLD.replace(
                "\"subject\": \"mzkt\", \"object\": \"sanjiang\"", "\"subject\": \"sanjiang\", \"object\": \"mzkt\"");
        assertThat(score(GOLD, flipped).relations().f1()).isEqualTo(1.0);
        String notPartner = flipped.replace("PARTNER", "PRODUCED_BY");
        assertThat(score(GOLD.replace("PARTNER", "PRODUCED_BY"), notPartner)
                        .relations()
                        .f1())
                .isEqualTo(0.0);
    }

    @Test
    void matchesAnEventWhoseDateSpanOverlapsTheGoldMonth() throws IOException {
        Score overlapping = score(GOLD, GOLD.replace("\"2016-09\"", "\"2016-08-30/2016-09-02\""));
        assertThat(overlapping.events().f1()).isEqualTo(1.0);
        assertThat(overlapping.eventDateExact()).isEqualTo(0.0);
        assertThat(score(GOLD, GOLD.replace("\"2016-09\"", "\"2016-10\""))
                        .events()
                        .f1())
                .isEqualTo(0.0);
        assertThat(score(GOLD, GOLD.replace("\"2016-09\"", "\"2016\"")).events().f1())
                .isEqualTo(1.0);
    }

    @Test
    void scoresASplitClusterWithBCubedRecallOneHalf() throws IOException {
        String gold = "{\"entities\": [{\"id\": \"china\", \"name\": \"China\", \"type\": \"GPE\"}]}";
        write("gold", "1.json", gold);
        write("gold", "2.json", gold);
        write("pred", "1.json", gold.replace("\"china\"", "\"china-1\""));
        write("pred", "2.json", gold.replace("\"china\"", "\"china-2\""));
        Score score = Scorer.score(dir.resolve("gold"), dir.resolve("pred"), null);
        assertThat(score.identity().p()).isEqualTo(1.0);
        assertThat(score.identity().r()).isEqualTo(0.5);
        assertThat(score.identity().f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(score.evidenceExact()).isNull();
    }

    @Test
    void countsAMissingPredictionAsEmpty() throws IOException {
        write("gold", "a.txt.json", GOLD);
        Files.createDirectories(dir.resolve("pred"));
        Score score = Scorer.score(dir.resolve("gold"), dir.resolve("pred"), null);
        assertThat(score.entities()).isEqualTo(new Prf(0.0, 0.0, 0.0));
        assertThat(score.counts().get("relations")).isEqualTo(new Counts(1, 0));
    }

    @Test
    void countsEvidenceThatIsNotInTheDocument() throws IOException {
        Score score = score(GOLD, GOLD.replace("\"with Sanjiang\"", "\"with Sanjiang Volat\""));
        assertThat(score.evidenceExact()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void rejectsInvalidJsonWithOneLineError() throws IOException {
        write("gold", "a.txt.json", GOLD);
        write("pred", "a.txt.json", "{\"entities\": [");
        assertThatThrownBy(() -> Scorer.score(dir.resolve("gold"), dir.resolve("pred"), null))
                .isInstanceOf(BilatException.class)
                .hasMessageStartingWith(dir.resolve("pred").resolve("a.txt.json") + ": invalid JSON: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void rejectsAnImpossibleDateNamingTheFile() throws IOException {
        assertThatThrownBy(() -> score(GOLD, GOLD.replace("\"2016-09\"", "\"2016-13\"")))
                .isInstanceOf(BilatException.class)
                .hasMessageStartingWith("a.txt.json: date \"2016-13\" is not a valid date");
    }

    private Score score(String gold, String pred) throws IOException {
        write("gold", "a.txt.json", gold);
        write("pred", "a.txt.json", pred);
        write("docs", "a.txt", TEXT);
        return Scorer.score(dir.resolve("gold"), dir.resolve("pred"), dir.resolve("docs"));
    }

    private void write(String folder, String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(folder));
        Files.writeString(dir.resolve(folder).resolve(name), text);
    }
}
