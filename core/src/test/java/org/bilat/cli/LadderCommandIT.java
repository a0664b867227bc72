package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Evidence;
import org.bilat.model.Extraction;
import org.bilat.model.Level;
import org.bilat.model.Mention;
import org.bilat.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ladder over a knowledge base filled with a hand-built extraction (no models). */
class LadderCommandIT {
    private static final String TEXT = "Ruritania and Borduria declared a strategic partnership in 2011."
            + " Ruritania calls Borduria its iron brothers.";

    @TempDir
    Path dir;

    private String data = "";

    @BeforeEach
    void fillTheKnowledgeBase() {
        data = dir.resolve("data").toString();
        try (Store store = Store.open(Path.of(data))) {
            store.save(extraction());
        }
    }

    @Test
    void printsEachPairsStepsInDateOrderWithUndatedOnesLast() {
        Run run = Run.bilat("ladder", "Ruritania", "--data", data);

        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.outLines())
                .containsExactly(
                        "Borduria – Ruritania",
                        "  2011 · strategic partnership · rank 3 · formal · [levels.txt] \"declared a strategic"
                                + " partnership in 2011\"",
                        "  undated · iron brothers · rank 7 · informal · [levels.txt] \"its iron brothers\"");
    }

    @Test
    void anUnknownStateIsOneLineAndExitOne() {
        Run run = Run.bilat("ladder", "Syldavia", "--data", data);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: Syldavia: no such entity\n");
    }

    @Test
    void threeStatesAreAUsageError() {
        Run run = Run.bilat("ladder", "Ruritania", "Borduria", "Syldavia", "--data", data);

        assertThat(run.code()).isEqualTo(2);
    }

    private static Extraction extraction() {
        Document document =
                new Document("levels.txt", "/in/levels.txt", "h1", "text/plain", TEXT, null, null, null, null);
        List<Entity> entities = List.of(state("ruritania", "Ruritania"), state("borduria", "Borduria"));
        List<Level> levels = List.of(
                new Level(
                        List.of("ruritania", "borduria"),
                        "strategic partnership",
                        3,
                        "2011",
                        true,
                        quote("declared a strategic partnership in 2011")),
                new Level(
                        List.of("ruritania", "borduria"), "iron brothers", 7, null, false, quote("its iron brothers")));
        return new Extraction(document, entities, List.of(), List.of(), List.of(), List.of(), levels);
    }

    private static Entity state(String id, String name) {
        int at = TEXT.indexOf(name);
        return new Entity(
                id,
                name,
                EntityType.GPE,
                List.of(name),
                List.of(new Mention(at, at + name.length(), name, EntityType.GPE)));
    }

    private static Evidence quote(String quote) {
        int at = TEXT.indexOf(quote);
        return Evidence.of(TEXT, at, at + quote.length());
    }
}
