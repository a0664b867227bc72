package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bilat.model.Document;
import org.bilat.model.Extraction;

/**
 * The store's reads of documents and of the whole: stored documents and their texts, when they were ingested, all
 * contents for exports, the summary, and the data folder's settings.
 */
final class DocumentReads {
    private final StoreReads reads;
    private final Connection connection;
    private final DocumentQueries documents;
    private final EntityQueries entities;
    private final DocumentTexts texts;

    DocumentReads(StoreReads reads, Connection connection, DocumentQueries documents, EntityQueries entities) {
        this.reads = reads;
        this.connection = connection;
        this.documents = documents;
        this.entities = entities;
        this.texts = new DocumentTexts(connection, documents);
    }

    /** See {@link Store#containsContent}. */
    boolean containsContent(String contentHash) {
        return reads.read(() -> documents.withContent(contentHash).isPresent());
    }

    /** See {@link Store#documents}. */
    List<DocumentRow> all() {
        return reads.read(documents::all);
    }

    /** See {@link Store#storedDocuments}. */
    List<Document> stored() {
        return reads.read(() -> Jdbc.query(
                connection,
                "SELECT source, path, content_hash, media_type, body, title, author, publisher, published,"
                        + " published_from FROM documents ORDER BY source, id",
                r -> new Document(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        r.getString(7),
                        r.getString(8),
                        r.getString(9),
                        r.getString(10))));
    }

    /** See {@link Store#text}. */
    Optional<String> text(String documentId) {
        return reads.read(() -> documents.body(documentId));
    }

    /** See {@link Store#document}. */
    Optional<DocumentText> document(String documentId) {
        return reads.read(() -> texts.find(documentId));
    }

    /** See {@link Store#contents}. */
    StoreContents contents() {
        return reads.read(() -> new ContentsReader(connection).read());
    }

    /** See {@link Store#reviewedContents}. */
    StoreContents reviewedContents() {
        return reads.read(() -> new ReviewedContents(connection).read());
    }

    /** See {@link Store#goldRecords}. */
    List<Extraction> goldRecords() {
        return reads.read(() -> new GoldRecords(connection).read());
    }

    /** See {@link Store#ingestTimes(AsOf)}. */
    IngestTimes ingestTimes(AsOf asOf) {
        return reads.read(() -> new IngestQueries(connection).times(DocumentCut.read(connection, asOf)));
    }

    /** See {@link Store#ingestTimes(Collection)}. */
    IngestTimes ingestTimes(Collection<String> documentIds) {
        return reads.read(() -> new IngestQueries(connection).times(documentIds));
    }

    /** See {@link Store#summary}. */
    Summary summary(int top) {
        return reads.read(() -> {
            List<EntityRow> most = top < 1 ? List.of() : entities.list(null, null, top);
            return new Summary(documents.count(), entities.countPerType(), factCounts(), most);
        });
    }

    /** See {@link Store#setting(String)}. */
    Optional<String> setting(String name) {
        return reads.read(() ->
                Jdbc.first(connection, "SELECT setting_value FROM settings WHERE name = ?", r -> r.getString(1), name));
    }

    private FactCounts factCounts() throws SQLException {
        return new FactCounts(
                Jdbc.count(connection, "SELECT COUNT(*) FROM events WHERE " + ReviewStatus.visible("")),
                Jdbc.count(
                        connection,
                        "SELECT COUNT(DISTINCT happening_id) FROM events WHERE " + ReviewStatus.visible("")),
                Jdbc.count(
                        connection,
                        "SELECT COUNT(*) FROM (SELECT happening_id FROM events WHERE " + ReviewStatus.visible("")
                                + " GROUP BY happening_id HAVING COUNT(DISTINCT document_id) > 1) corroborated"),
                Jdbc.count(connection, "SELECT COUNT(*) FROM quantities WHERE " + ReviewStatus.visible("")),
                Jdbc.count(connection, "SELECT COUNT(*) FROM relations WHERE " + ReviewStatus.visible("")));
    }
}
