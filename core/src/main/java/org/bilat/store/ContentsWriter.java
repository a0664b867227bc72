package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.Evidence;
import org.bilat.resolve.Resolver;

/**
 * Writes {@link StoreContents} into an empty store as they are: canonical ids, links and their reasons are kept, not
 * decided again, so the loaded store answers as the one they came from. The caller owns the transaction.
 */
final class ContentsWriter {
    private final Connection connection;

    ContentsWriter(Connection connection) {
        this.connection = connection;
    }

    void write(StoreContents contents) throws SQLException {
        for (Document document : contents.documents()) {
            insertDocument(document);
        }
        for (CanonicalEntity entity : contents.entities()) {
            insertEntity(entity);
        }
        new FactsRestorer(connection).write(contents);
        for (Document document : contents.documents()) {
            EventNames.write(connection, StoreContents.documentId(document));
        }
    }

    private void insertDocument(Document document) throws SQLException {
        Jdbc.update(
                connection,
                "INSERT INTO documents (id, content_hash, source, path, media_type, title, author, publisher,"
                        + " published, published_from, body, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                StoreContents.documentId(document),
                document.contentHash(),
                document.source(),
                document.path(),
                document.mediaType(),
                document.title(),
                document.author(),
                document.publisher(),
                document.published(),
                document.publishedFrom(),
                document.text(),
                Instant.now().toString());
    }

    private void insertEntity(CanonicalEntity entity) throws SQLException {
        Jdbc.update(
                connection,
                "INSERT INTO entities (id, name, name_folded, type) VALUES (?, ?, ?, ?)",
                entity.id(),
                entity.name(),
                Folding.fold(entity.name()),
                entity.type().name());
        for (String alias : entity.aliases()) {
            Jdbc.update(
                    connection,
                    "INSERT INTO entity_aliases (entity_id, alias, alias_folded) VALUES (?, ?, ?)",
                    entity.id(),
                    alias,
                    Folding.fold(alias));
        }
        for (String key : matchKeys(entity)) {
            Jdbc.update(connection, "INSERT INTO entity_keys (entity_id, match_key) VALUES (?, ?)", entity.id(), key);
        }
        for (LocalEntity local : entity.locals()) {
            insertLocal(entity.id(), local);
        }
    }

    /** The keys later documents are matched under: the canonical entity's and each local name's, as linking adds. */
    private static Set<String> matchKeys(CanonicalEntity entity) {
        Set<String> keys = new LinkedHashSet<>(
                Resolver.matchKeys(new Entity(entity.id(), entity.name(), entity.type(), entity.aliases(), List.of())));
        for (LocalEntity local : entity.locals()) {
            keys.addAll(
                    Resolver.matchKeys(new Entity(local.localId(), local.name(), local.type(), List.of(), List.of())));
        }
        return keys;
    }

    private void insertLocal(String entityId, LocalEntity local) throws SQLException {
        Jdbc.update(
                connection,
                "INSERT INTO document_entities (document_id, local_id, name, type, entity_id, merge_reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                local.documentId(),
                local.localId(),
                local.name(),
                local.type().name(),
                entityId,
                local.mergeReason());
        for (Evidence mention : local.mentions()) {
            Jdbc.update(
                    connection,
                    "INSERT INTO mentions (document_id, local_id, start_pos, end_pos, surface) VALUES (?, ?, ?, ?, ?)",
                    local.documentId(),
                    local.localId(),
                    mention.start(),
                    mention.end(),
                    mention.quote());
        }
    }
}
