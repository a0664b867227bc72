package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bilat.model.BilatException;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.Extraction;
import org.bilat.model.Mention;
import org.jspecify.annotations.Nullable;

/**
 * Writes one extraction's rows (document, entity links, mentions, then events, figures and relations); the caller owns
 * the transaction around it.
 */
final class DocumentWriter {
    private final Connection connection;
    private final CanonicalLinker linker;
    private final FactWriter facts;
    private final Checkpoint checkpoint;
    private final Clock clock;

    DocumentWriter(Connection connection, Checkpoint checkpoint, Clock clock) {
        this.connection = connection;
        this.clock = clock;
        this.linker = new CanonicalLinker(connection);
        this.facts = new FactWriter(connection, checkpoint);
        this.checkpoint = checkpoint;
    }

    /** The stored id of a document: the first 16 hex digits of its content hash. */
    static String documentId(String contentHash) {
        String hash = contentHash.strip().toLowerCase(Locale.ROOT);
        return hash.length() <= 16 ? hash : hash.substring(0, 16);
    }

    SavedDocument write(Extraction extraction) throws SQLException {
        Document document = extraction.document();
        rejectRepeatedIds(document.source(), extraction.entities());
        String id = documentId(document.contentHash());
        insertDocument(id, document);
        checkpoint.reached("document");
        int created = 0;
        int mentions = 0;
        Map<String, String> canonical = new HashMap<>();
        for (Entity entity : extraction.entities()) {
            Link link = linker.link(entity);
            canonical.put(entity.id(), link.entityId());
            insertDocumentEntity(id, entity, link);
            mentions += insertMentions(id, document, entity);
            checkpoint.reached("entity " + entity.id());
            created += link.created() ? 1 : 0;
        }
        facts.write(id, extraction, canonical);
        int entities = extraction.entities().size();
        return new SavedDocument(id, document.source(), false, entities, created, entities - created, mentions);
    }

    private static void rejectRepeatedIds(String source, List<Entity> entities) {
        Set<String> seen = new HashSet<>();
        for (Entity entity : entities) {
            if (!seen.add(entity.id())) {
                throw new BilatException(source + ": entity id '" + entity.id() + "' occurs twice in one document");
            }
        }
    }

    private void insertDocument(String id, Document document) throws SQLException {
        Jdbc.update(
                connection,
                "INSERT INTO documents (id, content_hash, source, path, media_type, title, author, publisher,"
                        + " published, published_from, body, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
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
                clock.instant().toString());
    }

    private void insertDocumentEntity(String documentId, Entity entity, Link link) throws SQLException {
        Jdbc.update(
                connection,
                "INSERT INTO document_entities (document_id, local_id, name, type, entity_id, merge_reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                documentId,
                entity.id(),
                entity.name(),
                entity.type().name(),
                link.entityId(),
                link.reason());
    }

    /** Inserts the entity's mentions, one per span, and returns how many. */
    private int insertMentions(String documentId, Document document, Entity entity) throws SQLException {
        Map<List<Integer>, Mention> spans = new LinkedHashMap<>();
        for (Mention mention : entity.mentions()) {
            checkSpan(document, mention);
            spans.putIfAbsent(List.of(mention.start(), mention.end()), mention);
        }
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Mention mention : spans.values()) {
            rows.add(List.of(documentId, entity.id(), mention.start(), mention.end(), mention.text()));
        }
        Jdbc.batch(
                connection,
                "INSERT INTO mentions (document_id, local_id, start_pos, end_pos, surface) VALUES (?, ?, ?, ?, ?)",
                rows);
        return spans.size();
    }

    private static void checkSpan(Document document, Mention mention) {
        if (mention.end() > document.text().length()) {
            throw new BilatException(document.source() + ": mention '" + mention.text() + "' at " + mention.start()
                    + ".." + mention.end() + " lies outside the text of "
                    + document.text().length()
                    + " characters");
        }
    }
}
