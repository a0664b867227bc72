package org.bilat.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilat.model.BilatException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;

/**
 * Opens a PostgreSQL database named by a JDBC URL and brings its schema up to date with the Flyway migrations; user
 * and password come from the URL, else from {@code PGUSER} and {@code PGPASSWORD} as for psql.
 */
final class PostgresDatabase {
    static final String URL_PREFIX = "jdbc:postgresql:";
    private static final Pattern PASSWORD = Pattern.compile("([?&]password=)[^&]*");

    private PostgresDatabase() {}

    static boolean names(String url) {
        return url.startsWith(URL_PREFIX);
    }

    static Connection open(String url, Map<String, String> environment) {
        if (!names(url)) {
            throw new BilatException(shown(url) + ": not a PostgreSQL JDBC URL; use " + URL_PREFIX + "//HOST:PORT/DB");
        }
        Properties credentials = credentials(url, environment);
        Connection connection =
                ReconnectingConnection.of(() -> connect(url, credentials), () -> reconnect(url, credentials));
        try {
            migrate(url, credentials);
            return connection;
        } catch (BilatException e) {
            close(connection, e);
            throw e;
        }
    }

    /**
     * A read-only connection to the database of {@link #open}, which opens a new one when the server dropped it, for
     * reads beside the writer.
     */
    static Connection reader(String url, Map<String, String> environment) {
        Properties credentials = credentials(url, environment);
        return ReconnectingConnection.of(
                () -> readOnly(connect(url, credentials)), () -> readOnly(reconnect(url, credentials)));
    }

    private static Connection readOnly(Connection connection) {
        try {
            connection.setReadOnly(true);
            return connection;
        } catch (SQLException e) {
            throw new BilatException(
                    "cannot make a connection read-only: " + SqliteDatabase.oneLine(e.getMessage()), e);
        }
    }

    /** Connects before Flyway does, so an unreachable server or a wrong password reads as one short line. */
    private static Connection connect(String url, Properties credentials) {
        try {
            return DriverManager.getConnection(url, credentials);
        } catch (SQLException e) {
            throw new BilatException(
                    shown(url) + ": cannot open the store: " + SqliteDatabase.oneLine(e.getMessage()), e);
        }
    }

    /** A new connection after the server dropped the last one; failing to open it stops a batch. */
    private static Connection reconnect(String url, Properties credentials) {
        try {
            return DriverManager.getConnection(url, credentials);
        } catch (SQLException e) {
            throw new StoreUnreachable(
                    shown(url) + ": lost the connection to the store and cannot open a new one: "
                            + SqliteDatabase.oneLine(e.getMessage()),
                    e);
        }
    }

    private static void close(Connection connection, BilatException failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** The user and password the URL lacks, taken from the environment's PGUSER and PGPASSWORD. */
    static Properties credentials(String url, Map<String, String> environment) {
        Properties credentials = new Properties();
        copy(environment.get("PGUSER"), "user", url, credentials);
        copy(environment.get("PGPASSWORD"), "password", url, credentials);
        return credentials;
    }

    private static void copy(@Nullable String value, String key, String url, Properties credentials) {
        if (value != null && !value.isEmpty() && !url.matches(".*[?&]" + key + "=.*")) {
            credentials.setProperty(key, value);
        }
    }

    /** The URL as messages show it: any password replaced by stars. */
    static String shown(String url) {
        Matcher matcher = PASSWORD.matcher(url);
        return matcher.replaceAll("$1***");
    }

    private static void migrate(String url, Properties credentials) {
        try {
            // Flyway holds a PostgreSQL advisory lock while it migrates, so processes starting at once wait in turn
            Flyway.configure()
                    .dataSource(url, credentials.getProperty("user"), credentials.getProperty("password"))
                    .locations(Engine.POSTGRESQL.migrations().toArray(String[]::new))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            // Flyway appends a ruled-off block of details (SQL state, error code, the statement) to its first lines
            String summary = String.valueOf(e.getMessage()).split("\\R-{3,}", 2)[0];
            throw new BilatException(
                    shown(url) + ": cannot update the store's schema: " + SqliteDatabase.oneLine(summary), e);
        }
    }
}
