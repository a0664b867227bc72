package org.bilat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.bilat.search.SearchIndex;
import org.bilat.search.SearchKind;
import org.bilat.search.SearchQuery;
import org.bilat.store.DocumentRow;
import org.bilat.store.Store;
import org.bilat.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code bilat ingest} ({@code kill -9}) at random points of a 40-document batch (model loading, reading,
 * saving, indexing), reruns it each time into the same store, and checks after every rerun that the store holds each
 * document once and whole and that the search index finds every stored document; on SQLite, that the file passes its
 * integrity check, and the same on a PostgreSQL store.
 */
class FaultIT {
    private static final int DOCUMENTS = 40;
    private static final int KILLS = 20;
    /** Fewer on PostgreSQL: its transactions are the server's, the kill points the same. */
    private static final int POSTGRES_KILLS = 6;
    /** Kill points fall between model loading and the end of a batch on a 2-core machine. */
    private static final long LATEST_KILL_MILLIS = 16_000;

    private static final long RUN_LIMIT_SECONDS = 300;

    @Test
    void killedIngestsLeaveNoPartialDocumentAndNothingMissingFromSearch(@TempDir Path dir) throws Exception {
        Path docs = writeDocuments(Files.createDirectories(dir.resolve("docs")));
        killAndRerun(docs, KILLS, kill -> {
            // a store of its own each time, so that every killed run has a whole batch of work in hand
            Path data = dir.resolve("data-" + kill);
            return new Target(List.of("--data", data.toString()), data, () -> Store.open(data));
        });
        for (int kill = 0; kill < KILLS; kill++) {
            assertThat(integrityCheck(dir.resolve("data-" + kill))).isEqualTo("ok");
        }
    }

    /** The same on a team's PostgreSQL store: each run's transaction per document is all the server keeps of it. */
    @Test
    void killedIngestsIntoAPostgresStoreLeaveNoPartialDocument(@TempDir Path dir) throws Exception {
        TestDatabase.server();
        Path docs = writeDocuments(Files.createDirectories(dir.resolve("docs")));
        List<TestDatabase> databases = new ArrayList<>();
        try {
            for (int kill = 0; kill < POSTGRES_KILLS; kill++) {
                databases.add(TestDatabase.create("fault"));
            }
            killAndRerun(docs, POSTGRES_KILLS, kill -> {
                String url = databases.get(kill).url();
                Path data = dir.resolve("index-" + kill);
                return new Target(List.of("--store", url, "--data", data.toString()), data, () -> Store.connect(url));
            });
        } finally {
            databases.forEach(TestDatabase::drop);
        }
    }

    /** Where one killed run and its rerun put their documents, and how to open that store. */
    private record Target(List<String> options, Path data, Supplier<Store> store) {}

    private static void killAndRerun(Path docs, int kills, IntFunction<Target> targets) throws Exception {
        Random random = new Random(20_261_207L);
        int killedMidway = 0;
        for (int kill = 0; kill < kills; kill++) {
            Target target = targets.apply(kill);
            Process run = ingest(docs, target);
            boolean ended = run.waitFor(1_000 + random.nextInt((int) LATEST_KILL_MILLIS), TimeUnit.MILLISECONDS);
            if (!ended) {
                run.destroyForcibly().waitFor();
                killedMidway++;
            }
            Process rerun = ingest(docs, target);
            assertThat(rerun.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(rerun.exitValue()).as("rerun after kill %d", kill).isZero();
            assertWhole(target);
        }
        assertThat(killedMidway).as("runs killed before their end").isGreaterThanOrEqualTo(kills / 4);
    }

    private static void assertWhole(Target target) throws IOException {
        List<DocumentRow> rows;
        try (Store store = target.store().get()) {
            rows = store.documents();
        }
        assertThat(rows).hasSize(DOCUMENTS);
        assertThat(rows.stream().map(DocumentRow::source).collect(Collectors.toSet()))
                .hasSize(DOCUMENTS);
        assertThat(rows).allSatisfy(row -> assertThat(row.entities()).isPositive());
        Set<String> indexed = SearchIndex.ids(target.data(), SearchKind.DOCUMENT);
        assertThat(indexed)
                .containsExactlyInAnyOrderElementsOf(
                        rows.stream().map(DocumentRow::id).toList());
        try (SearchIndex index = SearchIndex.open(target.data())) {
            assertThat(index.search(SearchQuery.of("Strelsau")).total()).isGreaterThanOrEqualTo(DOCUMENTS);
        }
    }

    private static String integrityCheck(Path data) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("bilat.db"));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            result.next();
            return result.getString(1);
        }
    }

    private static Process ingest(Path docs, Target target) throws IOException {
        Path discard = Path.of("/dev/null");
        List<String> args = new ArrayList<>(List.of("ingest", docs.toString()));
        args.addAll(target.options());
        return ChildBilat.start(List.of(), discard, discard, args.toArray(String[]::new));
    }

    /** Forty short notes of our own writing, each naming the same places and one numbered envoy. */
    private static Path writeDocuments(Path folder) throws IOException {
        for (int i = 1; i <= DOCUMENTS; i++) {
            Files.writeString(
                    folder.resolve(String.format("note-%02d.txt", i)),
                    "Ruritania and Borduria signed trade accord number " + i + " in Strelsau on 3 May 2019.\n"
                            + "Envoy Anna Kessel" + i + " of the Borduria Trade Office said the accord covers " + i
                            + " projects worth $" + (i * 10) + " million.\n");
        }
        return folder;
    }
}
