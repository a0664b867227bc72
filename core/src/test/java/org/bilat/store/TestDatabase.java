package org.bilat.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh database of its own on the PostgreSQL test server that {@code BILAT_TEST_PG} names ({@code ./bilat test}
 * starts one), dropped on {@link #close()}; without that variable the test asking for one is skipped, saying why.
 */
public final class TestDatabase implements AutoCloseable {
    /** The environment variable that names the test server. */
    public static final String SERVER = "BILAT_TEST_PG";

    private static final AtomicInteger CREATED = new AtomicInteger();
    private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");

    private final String server;
    private final String name;

    private TestDatabase(String server, String name) {
        this.server = server;
        this.name = name;
    }

    /**
     * Creates a database named for the purpose (a lower-case word), this JVM and a counter, so that parallel test JVMs
     * and earlier runs' leftovers never meet; skips the test when there is no server.
     */
    public static TestDatabase create(String purpose) {
        String server = server();
        String name = "bilat_" + purpose + "_" + ProcessHandle.current().pid() + "_" + CREATED.incrementAndGet();
        TestDatabase database = new TestDatabase(server, name);
        database.drop();
        execute(server, "CREATE DATABASE " + name);
        return database;
    }

    /** The test server's URL; skips the test, saying why, when there is none. */
    public static String server() {
        String server = System.getenv(SERVER);
        assumeTrue(
                server != null && !server.isBlank(),
                SERVER + " is not set: PostgreSQL tests need a server (./bilat test starts a throw-away one)");
        return server;
    }

    /** The JDBC URL of this database: the server's URL with its database name replaced. */
    public String url() {
        Matcher matcher = DATABASE.matcher(server);
        if (!matcher.matches()) {
            throw new IllegalStateException(SERVER + " is not jdbc:postgresql://HOST:PORT/DB: " + server);
        }
        return matcher.group(1) + name + matcher.group(3);
    }

    /** Drops the database now, ending every session on it; dropping it again does nothing. */
    public void drop() {
        execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    @Override
    public void close() {
        drop();
    }

    private static void execute(String server, String sql) {
        try (Connection connection = DriverManager.getConnection(server);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + server + ": " + e.getMessage(), e);
        }
    }
}
