package org.bilat.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
    // invented states and our own sentences
    private static final String GOLD = """
            {"doc": "r.txt",
             "entities": [
               {"id": "ruritania", "name": "Ruritania", "type": "GPE", "aliases": ["Ruritanian Republic"]},
               {"id": "borduria", "name": "Borduria", "type": "GPE", "aliases": []},
               {"id": "strelsau", "name": "Strelsau Works", "type": "ORG", "aliases": []},
               {"id": "rudolf", "name": "Rudolf Elphberg", "type": "PERSON", "aliases": []}],
             "events": [
               {"type": "MEET", "date": "2031-03", "participants": ["ruritania", "borduria"],
                "evidence": "Ruritania and Borduria met in March 2031"},
               {"type": "AGREE", "date": "2031-04-02", "participants": ["ruritania", "borduria"],
                "evidence": "they signed a pact"}],
             "quantities": [{"value": 40, "unit": "TANK", "measure": "tanks sold", "evidence": "40 tanks"}],
             "relations": [{"type": "ROLE", "subject": "rudolf", "object": "ruritania", "evidence": "Rudolf Elphberg"}],
             "levels": [{"states": ["ruritania", "borduria"], "label": "strategic partnership", "date": "2031",
                         "evidence": "strategic partnership"}]}
            """;
    private static final String PRED = """
            {"entities": [
               {"id": "p1", "name": "Ruritania", "type": "GPE"},
               {"id": "p2", "name": "Borduria", "type": "GPE"},
               {"id": "p3", "name": "Strelsau Works", "type": "GPE"},
               {"id": "p4", "name": "Zenda", "type": "LOC"}],
             "events": [
               {"type": "MEET", "date": "2031-03-05", "participants": ["p1"],
                "evidence": "Ruritania and Borduria met in March 2031"},
               {"type": "AGREE", "date": "2030", "participants": ["p1", "p2"], "evidence": "a pact\\n signed"}],
             "quantities": [],
             "relations": [{"type": "LOCATED_IN", "subject": "p3", "object": "p4", "evidence": "Strelsau Works"}],
             "levels": [{"states": ["p2", "p1"], "label": "Strategic Partnership", "date": "2031-06",
                         "evidence": "strategic partnership"}]}
            """;

    @TempDir
    Path dir;

    @Test
    void listsMissedAndSpuriousEntitiesWithTheirTypes() throws IOException {
        assertThat(evaluate(false).errors())
                .startsWith("r.txt.json\n")
                .contains("  missed entity: Rudolf Elphberg (PERSON)\n")
                .contains("  spurious entity: Zenda (LOC)\n")
                .contains("  mistyped entity: Strelsau Works (gold ORG, pred GPE)\n");
    }

    @Test
    void listsAnEventMatchedWithAnotherDateOrFewerParticipantsAsPartial() throws IOException {
        assertThat(evaluate(false).errors())
                .contains("  partial event: MEET gold 2031-03 [Ruritania, Borduria], pred 2031-03-05 [Ruritania]"
                        + " \"Ruritania and Borduria met in March 2031\"\n");
    }

    @Test
    void listsUnmatchedEventsQuantitiesAndRelationsWithTheirQuotesOnOneLine() throws IOException {
        assertThat(evaluate(false).errors())
                .contains("  missed event: AGREE 2031-04-02 [Ruritania, Borduria] \"they signed a pact\"\n")
                .contains("  spurious event: AGREE 2030 [Ruritania, Borduria] \"a pact signed\"\n")
                .contains("  missed quantity: 40 TANK [tanks sold] \"40 tanks\"\n")
                .contains("  missed relation: ROLE Rudolf Elphberg → Ruritania \"Rudolf Elphberg\"\n")
                .contains("  spurious relation: LOCATED_IN Strelsau Works → Zenda \"Strelsau Works\"\n");
    }

    @Test
    void listsNothingForADocumentPredictedExactly() throws IOException {
        write("gold", GOLD);
        write("pred", GOLD);
        assertThat(Scorer.evaluate(dir.resolve("gold"), dir.resolve("pred"), null, true)
                        .errors())
                .isEmpty();
    }

    @Test
    void scoresEachEventTypeAndRelationTypeOnItsOwnRow() throws IOException {
        String tables = evaluate(false).typeTables();
        assertThat(tables)
                .contains("event type              P      R     F1   gold   pred  match\n")
                .contains("MEET                1.000  1.000  1.000      1      1      1\n")
                .contains("AGREE               0.000  0.000  0.000      1      1      0\n")
                .contains("ROLE                0.000  0.000  0.000      1      0      0\n")
                .contains("LOCATED_IN          0.000  0.000  0.000      0      1      0\n");
    }

    @Test
    void countsAnEntityFoundForItsTypeOnlyWhenBothSidesGiveThatType() throws IOException {
        String tables = evaluate(false).typeTables();
        assertThat(tables)
                .contains("GPE                 0.667  1.000  0.800      2      3      2\n")
                .contains("ORG                 0.000  0.000  0.000      1      0      1\n")
                .contains("entity types confused (gold as pred): ORG as GPE 1\n");
    }

    @Test
    void scoresLevelsOnlyWhenAskedAndThenAddsTheirRow() throws IOException {
        assertThat(evaluate(false).score().table()).doesNotContain("levels");
        Score score = evaluate(true).score();
        assertThat(score.levels()).isEqualTo(new Prf(1.0, 1.0, 1.0));
        assertThat(score.table()).contains("\nlevels              1.000  1.000  1.000      1      1\n");
    }

    @Test
    void doesNotMatchALevelWhoseStatesAreNotBothKnown() throws IOException {
        write("gold", GOLD);
        write("pred", PRED.replace("[\"p2\", \"p1\"]", "[\"p4\", \"p1\"]"));
        Score score = Scorer.evaluate(dir.resolve("gold"), dir.resolve("pred"), null, true)
                .score();
        assertThat(score.levels()).isEqualTo(new Prf(0.0, 0.0, 0.0));
    }

    private Evaluation evaluate(boolean levels) throws IOException {
        write("gold", GOLD);
        write("pred", PRED);
        return Scorer.evaluate(dir.resolve("gold"), dir.resolve("pred"), null, levels);
    }

    private void write(String folder, String text) throws IOException {
        Files.createDirectories(dir.resolve(folder));
        Files.writeString(dir.resolve(folder).resolve("r.txt.json"), text);
    }
}
