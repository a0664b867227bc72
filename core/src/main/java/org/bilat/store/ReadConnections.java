package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * A small fixed set of read-only connections beside the store's writer, opened as reads first need them: reads run on
 * them at once, also while a write goes on (SQLite in WAL mode lets readers go on during a write; PostgreSQL always
 * does). Each read is one transaction, so its queries see one state of the store; a read waits when all are busy.
 */
final class ReadConnections implements AutoCloseable {
    /** Enough for the clients of a web server on a few cores; more would only queue on the cores. */
    static final int SIZE = 4;

    private final Supplier<Connection> opener;
    private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
    private final List<Connection> opened = new ArrayList<>();

    /** Connections {@code opener} gives, read-only, at most {@link #SIZE} of them. */
    ReadConnections(Supplier<Connection> opener) {
        this.opener = opener;
    }

    /** An idle connection, a new one while fewer than {@link #SIZE} are open, else the next one given back. */
    Connection take() throws SQLException {
        Connection free = idle.poll();
        if (free != null) {
            return free;
        }
        synchronized (this) {
            if (opened.size() < SIZE) {
                Connection connection = opener.get();
                connection.setAutoCommit(false);
                opened.add(connection);
                return connection;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection to read the store", e);
        }
    }

    /** Ends the read's transaction and makes the connection idle again; one that cannot end it is closed. */
    void give(Connection connection) {
        try {
            connection.rollback();
            idle.add(connection);
        } catch (SQLException e) {
            synchronized (this) {
                opened.remove(connection);
            }
            try {
                connection.close();
            } catch (SQLException closing) {
                // the connection is broken already; closing only frees what the driver still holds
            }
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        SQLException failure = null;
        for (Connection connection : opened) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        opened.clear();
        idle.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
