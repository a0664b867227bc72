package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.bilat.model.BilatException;
import org.bilat.model.Document;
import org.bilat.model.Extraction;

/**
 * Where the store's writes run: each in one transaction on the writer, under the store's lock and the engine's lock on
 * other writers, rolled back on failure; a database failure becomes one line for the user. Saves, replaces and loads
 * documents, applying the judgements again after each.
 */
final class StoreWrites {
    private final StoreParts parts;
    private final Connection connection;
    private final DocumentWriter writer;
    private final DocumentQueries documents;
    private final Reviews reviews;

    StoreWrites(StoreParts parts, DocumentWriter writer, DocumentQueries documents, Reviews reviews) {
        this.parts = parts;
        this.connection = parts.connection();
        this.writer = writer;
        this.documents = documents;
        this.reviews = reviews;
    }

    /** Runs a change in one transaction under the lock, turning a database failure into one line for the user. */
    <T> T write(SqlWork<T> work) {
        synchronized (parts.lock()) {
            try {
                return lockedTransaction(work);
            } catch (SQLException e) {
                throw new BilatException(
                        parts.where() + ": cannot write to the store: " + SqliteDatabase.oneLine(e.getMessage()), e);
            }
        }
    }

    /** See {@link Store#setting(String, String)}. */
    void setting(String name, String value) {
        write(() -> {
            Jdbc.update(connection, "DELETE FROM settings WHERE name = ?", name);
            return Jdbc.update(connection, "INSERT INTO settings (name, setting_value) VALUES (?, ?)", name, value);
        });
    }

    /** See {@link Store#save}. */
    SavedDocument save(Extraction extraction) {
        synchronized (parts.lock()) {
            Document document = extraction.document();
            try {
                return lockedTransaction(() -> {
                    Optional<DocumentRow> stored = documents.withContent(document.contentHash());
                    if (stored.isPresent()) {
                        DocumentRow row = stored.get();
                        return new SavedDocument(row.id(), row.source(), true, row.entities(), 0, 0, row.mentions());
                    }
                    DocumentRemover remover = new DocumentRemover(connection);
                    for (String older : remover.olderVersions(document.path(), document.contentHash())) {
                        remover.remove(older);
                    }
                    SavedDocument saved = writer.write(extraction);
                    FactKeys.assign(connection);
                    reviews.reapply();
                    return saved;
                });
            } catch (SQLException e) {
                String why = ReconnectingConnection.isLoss(e)
                        ? "the connection to the store was lost and the server rolled the document back"
                                + " (ingest it again)"
                        : SqliteDatabase.oneLine(e.getMessage());
                throw new BilatException(document.source() + ": cannot store the document: " + why, e);
            }
        }
    }

    /** See {@link Store#replace}. */
    SavedDocument replace(Extraction extraction) {
        Document document = extraction.document();
        String id = DocumentWriter.documentId(document.contentHash());
        return write(() -> {
            String ingestedAt = Jdbc.first(
                            connection, "SELECT ingested_at FROM documents WHERE id = ?", r -> r.getString(1), id)
                    .orElseThrow(() -> new BilatException(document.source() + ": not in the store"));
            new DocumentRemover(connection).remove(id);
            SavedDocument saved = writer.write(extraction);
            Jdbc.update(connection, "UPDATE documents SET ingested_at = ? WHERE id = ?", ingestedAt, id);
            FactKeys.assign(connection);
            reviews.reapply();
            return saved;
        });
    }

    /** See {@link Store#restore}. */
    void restore(StoreContents contents) {
        synchronized (parts.lock()) {
            try {
                if (documents.count() > 0) {
                    throw new BilatException(parts.where() + ": the knowledge base is not empty; load into a new"
                            + " one (point --data at a new folder, or --store at an empty database)");
                }
                lockedTransaction(() -> {
                    new ContentsWriter(connection).write(contents);
                    FactKeys.assign(connection);
                    return contents.documents().size();
                });
            } catch (SQLException e) {
                throw new BilatException(
                        parts.where() + ": cannot load the contents: " + SqliteDatabase.oneLine(e.getMessage()), e);
            }
        }
    }

    /** Runs work in one transaction holding the engine's lock on other writers; the caller holds the store's lock. */
    private <T> T lockedTransaction(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            parts.engine().lockWriters(connection);
            T result = work.run();
            connection.commit();
            parts.changes().changed();
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
}
