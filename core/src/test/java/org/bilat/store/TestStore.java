package org.bilat.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh store for each test on one engine, as a JUnit extension on a field of a test class parameterised over
 * {@link Engine}: a temp folder's SQLite file, or a {@link TestDatabase} on the PostgreSQL test server (without one,
 * PostgreSQL tests are skipped, saying why).
 */
final class TestStore implements BeforeEachCallback, AfterEachCallback {
    private final Engine engine;
    private @Nullable Path dir;
    private @Nullable TestDatabase database;

    private TestStore(Engine engine) {
        this.engine = engine;
    }

    /** A store on the engine, made before each test and dropped after it; register it with {@code @RegisterExtension}. */
    static TestStore on(Engine engine) {
        return new TestStore(engine);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("bilat-store-test");
        if (engine == Engine.POSTGRESQL) {
            database = TestDatabase.create("test");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        drop();
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
            dir = null;
        }
    }

    Engine engine() {
        return engine;
    }

    /** The temp folder of this test: the SQLite store's data folder, and room for anything else the test writes. */
    Path dir() {
        return Objects.requireNonNull(dir, "the store is made before each test");
    }

    Store open() {
        return open(Checkpoint.NONE);
    }

    Store open(Checkpoint checkpoint) {
        return database == null ? Store.open(dir(), checkpoint) : Store.connect(url(), Map.of(), checkpoint);
    }

    /** A store whose clock stamps when documents are ingested and judgements made. */
    Store open(Clock clock) {
        return database == null
                ? Store.open(dir(), Checkpoint.NONE, clock)
                : Store.connect(url(), Map.of(), Checkpoint.NONE, clock);
    }

    /** The JDBC URL of this store's database. */
    String url() {
        TestDatabase current = database;
        return current == null
                ? "jdbc:sqlite:" + dir().resolve(SqliteDatabase.FILE_NAME).toAbsolutePath()
                : current.url();
    }

    /** How many rows the table holds, counted behind the store's back. */
    int rows(String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getInt(1);
        }
    }

    /** Drops the PostgreSQL database now, ending every session on it (the store's too); a test of a lost server. */
    void drop() {
        TestDatabase current = database;
        if (current != null) {
            current.drop();
        }
    }
}
