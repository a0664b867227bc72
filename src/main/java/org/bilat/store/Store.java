package org.bilat.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bilat.model.BilatException;
import org.bilat.model.Document;
import org.bilat.model.EntityType;
import org.bilat.model.Extraction;
import org.jspecify.annotations.Nullable;

/**
 * The knowledge base on disk: saves each document's extraction in one transaction and answers what is stored.
 *
 * <p>One connection serves all calls, so the methods take a private lock; use one writer thread.
 */
public final class Store implements AutoCloseable {
    private final Object lock = new Object();
    private final Path file;
    private final Connection connection;
    private final DocumentWriter writer;
    private final DocumentQueries documents;
    private final EntityQueries entities;
    private final EntityDetails details;

    Store(Path file, Connection connection, Checkpoint checkpoint) {
        this.file = file;
        this.connection = connection;
        this.writer = new DocumentWriter(connection, checkpoint);
        this.documents = new DocumentQueries(connection);
        this.entities = new EntityQueries(connection);
        this.details = new EntityDetails(connection, entities, documents);
    }

    /** Opens (creating when absent) the folder and its {@code bilat.db}, and brings the schema up to date. */
    public static Store open(Path dataDir) {
        return open(dataDir, Checkpoint.NONE);
    }

    static Store open(Path dataDir, Checkpoint checkpoint) {
        Objects.requireNonNull(dataDir, "dataDir");
        return new Store(dataDir.resolve(SqliteDatabase.FILE_NAME), SqliteDatabase.open(dataDir), checkpoint);
    }

    /** Whether a document with this content hash is stored. */
    public boolean containsContent(String contentHash) {
        synchronized (lock) {
            try {
                return documents.withContent(contentHash).isPresent();
            } catch (SQLException e) {
                throw readFailure(e);
            }
        }
    }

    /**
     * Saves a document, its entities linked to canonical ones, and its mentions, all or nothing; when its content is
     * already stored, writes nothing and reports it unchanged.
     */
    public SavedDocument save(Extraction extraction) {
        synchronized (lock) {
            Document document = extraction.document();
            try {
                return inTransaction(() -> {
                    Optional<DocumentRow> stored = documents.withContent(document.contentHash());
                    if (stored.isPresent()) {
                        DocumentRow row = stored.get();
                        return new SavedDocument(row.id(), row.source(), true, row.entities(), 0, 0, row.mentions());
                    }
                    return writer.write(extraction);
                });
            } catch (SQLException e) {
                throw new BilatException(
                        document.source() + ": cannot store the document: " + SqliteDatabase.oneLine(e.getMessage()),
                        e);
            }
        }
    }

    /** Every stored document, ordered by source. */
    public List<DocumentRow> documents() {
        synchronized (lock) {
            try {
                return documents.all();
            } catch (SQLException e) {
                throw readFailure(e);
            }
        }
    }

    /**
     * Canonical entities of a type (any when null) whose name or an alias contains the query ignoring case (any when
     * null), most mentioned first, then by name.
     */
    public List<EntityRow> entities(@Nullable EntityType type, @Nullable String query, int limit) {
        synchronized (lock) {
            if (limit < 1) {
                throw new BilatException("limit: must be at least 1, was " + limit);
            }
            try {
                return entities.list(type, query, limit);
            } catch (SQLException e) {
                throw readFailure(e);
            }
        }
    }

    /** The entity with this exact id, else the most mentioned one with this name or alias ignoring case. */
    public Optional<EntityDetail> entity(String nameOrId) {
        synchronized (lock) {
            try {
                return details.find(nameOrId);
            } catch (SQLException e) {
                throw readFailure(e);
            }
        }
    }

    /** How many documents and entities per type are stored, and the {@code top} most mentioned entities. */
    public Summary summary(int top) {
        synchronized (lock) {
            try {
                List<EntityRow> most = top < 1 ? List.of() : entities.list(null, null, top);
                return new Summary(documents.count(), entities.countPerType(), most);
            } catch (SQLException e) {
                throw readFailure(e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new BilatException(
                        file + ": cannot close the store: " + SqliteDatabase.oneLine(e.getMessage()), e);
            }
        }
    }

    /** Work on the connection that throws what JDBC throws. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (Throwable failure) {
            rollback(failure);
            throw failure;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void rollback(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private BilatException readFailure(SQLException e) {
        return new BilatException(file + ": cannot read the store: " + SqliteDatabase.oneLine(e.getMessage()), e);
    }
}
