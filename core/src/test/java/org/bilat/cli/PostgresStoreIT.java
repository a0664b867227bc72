package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
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

    String server = "";
    String database = "";
    String store = "";

    @BeforeEach
    void createDatabase() throws SQLException {
        String url = System.getenv("BILAT_TEST_PG");
        assumeTrue(
                url != null && !url.isBlank(),
                "BILAT_TEST_PG is not set: PostgreSQL tests need a server (./bilat test starts a throw-away one)");
        server = url;
        database = "bilat_cli_" + ProcessHandle.current().pid();
        store = Databases.create(server, database);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (!database.isEmpty()) {
            Databases.drop(server, List.of(database));
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
