package org.bilat.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.bilat.model.BilatException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;

/** Opens the SQLite file of a data folder and brings its schema up to date with the Flyway migrations. */
final class SqliteDatabase {
    static final String FILE_NAME = "bilat.db";
    private static final Duration SCHEMA_PATIENCE = Duration.ofSeconds(60);
    /** The page cache of each read-only connection, in KiB. */
    private static final int READER_CACHE_KB = 32 * 1024;
    /** How much of the file each read-only connection maps into memory. */
    private static final long READER_MAP_BYTES = 256L * 1024 * 1024;

    private SqliteDatabase() {}

    static Connection open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        createFolder(dataDir);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        SchemaLock.holding(dataDir, SCHEMA_PATIENCE, () -> migrate(file, url));
        try {
            return DriverManager.getConnection(url, settings());
        } catch (SQLException e) {
            throw new BilatException(file + ": cannot open the store: " + e.getMessage(), e);
        }
    }

    /**
     * A read-only connection to the data folder's store, opened after {@link #open}: reads in WAL mode go on while
     * the writer writes, and its transactions begin deferred, taking no write lock.
     */
    static Connection reader(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        SQLiteConfig settings = new SQLiteConfig();
        settings.setReadOnly(true);
        settings.setBusyTimeout(10_000);
        // a hub entity's page visits pages all over the file: keep them in memory instead of reading them again
        settings.setCacheSize(-READER_CACHE_KB);
        settings.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(READER_MAP_BYTES));
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), settings.toProperties());
        } catch (SQLException e) {
            throw new BilatException(file + ": cannot open the store: " + e.getMessage(), e);
        }
    }

    private static void createFolder(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new BilatException(dataDir + ": cannot create the data folder: " + e.getMessage(), e);
        }
    }

    private static void migrate(Path file, String url) {
        try {
            Flyway.configure()
                    .dataSource(url, null, null)
                    .locations(Engine.SQLITE.migrations().toArray(String[]::new))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new BilatException(file + ": cannot update the store's schema: " + oneLine(e.getMessage()), e);
        }
    }

    /** Pragmas sqlite-jdbc applies to every connection it opens with these properties. */
    private static Properties settings() {
        Properties settings = new Properties();
        settings.setProperty("foreign_keys", "true");
        settings.setProperty("busy_timeout", "10000");
        settings.setProperty("journal_mode", "WAL");
        // a write transaction takes the file's write lock at BEGIN, waiting up to busy_timeout: a deferred one that
        // read
        // first fails at once with SQLITE_BUSY when another process wrote meanwhile
        settings.setProperty("transaction_mode", "IMMEDIATE");
        return settings;
    }

    static String oneLine(@Nullable String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
