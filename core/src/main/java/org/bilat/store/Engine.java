package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The database engines the store runs on, and the one place that knows how they differ: where their migrations lie
 * and how concurrent writers are kept apart. SQL elsewhere in this package is portable and runs on both unchanged.
 */
enum Engine {
    /** The embedded default: one file per data folder, one writer at a time by SQLite's own file lock. */
    SQLITE("classpath:db/engine/sqlite") {
        @Override
        void lockWriters(Connection connection) {
            // SqliteDatabase begins every transaction IMMEDIATE: it holds the file's write lock from its start
        }
    },
    /** A shared server: several processes on several machines may write at once. */
    POSTGRESQL("classpath:db/engine/postgresql") {
        @Override
        void lockWriters(Connection connection) throws SQLException {
            // resolving entities and happenings reads what other writers stored: without this lock two writers would
            // each create the same entity, as neither sees the other's uncommitted rows; released at commit/rollback
            Jdbc.query(connection, "SELECT pg_advisory_xact_lock(" + WRITER_LOCK + ")", row -> 0);
        }
    };

    /** The advisory lock key Bilat's writers share on a PostgreSQL server ("bilat" in ASCII). */
    static final long WRITER_LOCK = 0x62696C6174L;

    /** The migrations every engine runs: portable SQL only. */
    static final String PORTABLE_MIGRATIONS = "classpath:db/migration";

    private final String ownMigrations;

    Engine(String ownMigrations) {
        this.ownMigrations = ownMigrations;
    }

    /**
     * Flyway locations: the portable scripts, then this engine's own, which hold a version only where the portable
     * SQL cannot say it (a version lives in exactly one location of each engine).
     */
    List<String> migrations() {
        return List.of(PORTABLE_MIGRATIONS, ownMigrations);
    }

    /** Blocks until this transaction is the only one writing the store; held until it commits or rolls back. */
    abstract void lockWriters(Connection connection) throws SQLException;
}
