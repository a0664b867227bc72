package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bilat.store.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands a team runs against a PostgreSQL store: ingest, list, and rebuild the local search index from it. */
class PostgresStoreIT {
    private static final String NOTE = """
            Ruritania and Borduria signed a trade accord in Strelsau on 3 May 2019.
            Envoy Anna Kessel of the Borduria Trade Office said the accord covers grain.
            """;

    @TempDir
    Path dir;

    @Nullable
    TestDatabase database;

    String store = "";

    @BeforeEach
    void createDatabase() {
        TestDatabase created = TestDatabase.create("cli");
        database = created;
        store = created.url();
    }

    @AfterEach
    void dropDatabase() {
        TestDatabase created = database;
        if (created != null) {
            created.drop();
        }
    }

    @Test
    void ingestFillsTheDatabaseAndReindexRebuildsTheLocalIndexFromIt() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("accord.txt"), NOTE);
        Files.writeString(docs.resolve("again.txt"), NOTE + "Borduria ratified it in June 2019.\n");
        Path data = dir.resolve("data");

        Run ingest = Run.bilat("ingest", "--store", store, "--data", data.toString(), docs.toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        assertThat(ingest.outLines()).containsExactly("ingested 2, unchanged 0, failed 0");
        assertThat(data.resolve("bilat.db")).doesNotExist();

        Run entities = Run.bilat("entities", "--store", store, "--type", "GPE");
        assertThat(entities.code()).as(entities.err()).isZero();
        assertThat(entities.out()).contains("Ruritania");

        Run reindex = Run.bilat("reindex", "--store", store, "--data", data.toString());
        assertThat(reindex.code()).as(reindex.err()).isZero();
        assertThat(reindex.out()).startsWith("indexed documents: 2, ");
    }
}
