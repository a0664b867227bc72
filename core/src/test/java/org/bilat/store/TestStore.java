package org.bilat.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A fresh store for one test on one engine: a temp folder's SQLite file, or a new database on the PostgreSQL server
 * that {@code BILAT_TEST_PG} names ({@code ./bilat test} starts one); without that variable PostgreSQL tests are skipped.
 */
final class TestStore implements AutoCloseable {
    static final String SERVER = "BILAT_TEST_PG";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");

    private final Engine engine;
    private final Path dir;
    private final @Nullable String server;
    private final String name;

    private TestStore(Engine engine, Path dir, @Nullable String server, String name) {
        this.engine = engine;
        this.dir = dir;
        this.server = server;
        this.name = name;
    }

    /** A store on the engine, its SQLite file in dir; skips the test when the engine's server is not there. */
    static TestStore of(Engine engine, Path dir) throws SQLException {
        if (engine == Engine.SQLITE) {
            return new TestStore(engine, dir, null, "");
        }
        String server = server();
        String name = "bilat_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute(server, "CREATE DATABASE " + name);
        return new TestStore(engine, dir, server, name);
    }

    /** The test server's URL; skips the test, saying why, when there is none. */
    static String server() {
        String server = System.getenv(SERVER);
        assumeTrue(
                server != null && !server.isBlank(),
                SERVER + " is not set: PostgreSQL store tests need a server (./bilat test starts a throw-away one)");
        return server;
    }

    Engine engine() {
        return engine;
    }

    Store open() {
        return open(Checkpoint.NONE);
    }

    Store open(Checkpoint checkpoint) {
        return server == null ? Store.open(dir, checkpoint) : Store.connect(url(), Map.of(), checkpoint);
    }

    /** The JDBC URL of this store's database. */
    String url() {
        if (server == null) {
            return "jdbc:sqlite:" + dir.resolve(SqliteDatabase.FILE_NAME).toAbsolutePath();
        }
        Matcher matcher = DATABASE.matcher(server);
        if (!matcher.matches()) {
            throw new IllegalStateException(SERVER + " is not jdbc:postgresql://HOST:PORT/DB: " + server);
        }
        return matcher.group(1) + name + matcher.group(3);
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

    @Override
    public void close() throws SQLException {
        if (server != null) {
            execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
