package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bilat.model.BilatException;

/**
 * Where the store's reads run: each on a read-only connection of its own, lent to the reading thread through the
 * {@link RoutedConnection} every query class holds; on the writer, under the store's lock, inside a write or when
 * there are no read connections; an as-of read that needs judgements undone on the writer, in a transaction rolled
 * back after it. A database failure becomes one line for the user.
 */
final class StoreReads implements AutoCloseable {
    private final StoreParts parts;
    private final RoutedConnection routed;
    private final Connection connection;
    private final ReviewRewind rewind;

    /**
     * Reads for the store of {@code parts}, on its read connections (none: on the writer only), rewinding judgements
     * with {@code rewind} and keeping answers in its kept reads.
     */
    StoreReads(StoreParts parts, ReviewRewind rewind) {
        this.parts = parts;
        this.routed = parts.routed();
        this.connection = parts.connection();
        this.rewind = rewind;
    }

    /**
     * Runs a read on a read-only connection of its own (on the writer, under the lock, inside a write), turning a
     * database failure into one line for the user.
     */
    <T> T read(SqlWork<T> work) {
        ReadConnections pool = parts.readers();
        if (routed.lending()) {
            return reading(work); // a read inside a read: on the connection already lent
        }
        if (pool == null || Thread.holdsLock(parts.lock())) {
            synchronized (parts.lock()) {
                return reading(work);
            }
        }
        Connection reader;
        try {
            reader = pool.take();
        } catch (SQLException e) {
            throw failure(e);
        }
        routed.lend(reader);
        try {
            return reading(work);
        } finally {
            routed.end();
            pool.give(reader);
        }
    }

    private <T> T reading(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Runs a read as of a cut through time. When judgements were made after the cut, the read runs inside a transaction
     * that first puts the judged facts and entities back as the judgements made by then left them (see {@link
     * ReviewRewind}), and is rolled back after it; otherwise it is a plain read on a read connection.
     */
    <T> T asOf(AsOf asOf, SqlWork<T> work) {
        Instant until = asOf.until();
        if (until == null) {
            return read(work);
        }
        Optional<T> unjudgedSince = read(() -> rewind.needed(until) ? Optional.empty() : Optional.of(work.run()));
        if (unjudgedSince.isPresent()) {
            return unjudgedSince.get();
        }
        synchronized (parts.lock()) {
            try {
                connection.setAutoCommit(false);
                try {
                    parts.engine().lockWriters(connection);
                    rewind.rewind(until);
                    return work.run();
                } finally {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        }
    }

    /**
     * The read's answer kept from an earlier call with the same question while the store has not changed, when it runs
     * on a read connection of its own: never inside a write or the rewind of an as-of read, which see what others
     * do not.
     */
    <T> T kept(List<Object> question, SqlWork<T> read) throws SQLException {
        return routed.lending() ? parts.kept().answer(connection, question, read) : read.run();
    }

    private BilatException failure(SQLException e) {
        return new BilatException(
                parts.where() + ": cannot read the store: " + SqliteDatabase.oneLine(e.getMessage()), e);
    }

    /** Closes the read connections. */
    @Override
    public void close() throws SQLException {
        ReadConnections readers = parts.readers();
        if (readers != null) {
            readers.close();
        }
    }
}
