package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilat.model.BilatException;
import org.bilat.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * The store's reads of canonical entities: lists, lookups by id, name or alias (an id merged into another leads to
 * it), and an entity's page; the other reads name their entity through {@link #id}.
 */
final class EntityReads {
    private final StoreReads reads;
    private final Connection connection;
    private final EntityQueries entities;
    private final EntityDetails details;

    EntityReads(StoreReads reads, Connection connection, EntityQueries entities, EntityDetails details) {
        this.reads = reads;
        this.connection = connection;
        this.entities = entities;
        this.details = details;
    }

    /** See {@link Store#entities}. */
    List<EntityRow> list(@Nullable EntityType type, @Nullable String query, int limit) {
        if (limit < 1) {
            throw new BilatException("limit: must be at least 1, was " + limit);
        }
        return reads.read(() -> entities.list(type, query, limit));
    }

    /** See {@link Store#find}. */
    Optional<EntityRow> find(String nameOrId) {
        return reads.read(() -> resolve(nameOrId));
    }

    /** See {@link Store#entity(String, int)} and {@link Store#entity(String, AsOf)}. */
    Optional<EntityDetail> detail(String nameOrId, int mentionLimit, AsOf asOf) {
        if (mentionLimit < 0) {
            throw new BilatException("limit: must not be negative, was " + mentionLimit);
        }
        return reads.asOf(asOf, () -> {
            Optional<EntityRow> entity = resolve(nameOrId);
            return entity.isEmpty() ? Optional.empty() : Optional.of(details.of(entity.get(), mentionLimit));
        });
    }

    /** See {@link Store#entity(String, int, int, AsOf)}. */
    Optional<EntityDetail> firstOf(String nameOrId, int mentionLimit, int listLimit, AsOf asOf) {
        if (mentionLimit < 0 || listLimit < 0) {
            throw new BilatException("limit: must not be negative, was " + Math.min(mentionLimit, listLimit));
        }
        return reads.asOf(
                asOf,
                () -> reads.kept(Arrays.asList("entity", nameOrId, mentionLimit, listLimit, asOf), () -> {
                    Optional<EntityRow> entity = resolve(nameOrId);
                    return entity.isEmpty()
                            ? Optional.empty()
                            : Optional.of(details.firstOf(entity.get(), mentionLimit, listLimit));
                }));
    }

    /** See {@link Store#sourcesPerEntity}. */
    Map<String, List<String>> sources() {
        return reads.read(() -> {
            Map<String, List<String>> sources = new HashMap<>();
            Jdbc.query(
                            connection,
                            "SELECT DISTINCT de.entity_id, d.source FROM document_entities de"
                                    + " JOIN documents d ON d.id = de.document_id ORDER BY de.entity_id, d.source",
                            r -> Map.entry(r.getString(1), r.getString(2)))
                    .forEach(e -> sources.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(e.getValue()));
            return sources;
        });
    }

    /** The id of the entity with this id, name or alias, inside a read; an unknown one is an error. */
    String id(String nameOrId) throws SQLException {
        if (entities.has(nameOrId)) {
            return nameOrId; // the id itself, as pages ask after the first read: no counting of its mentions
        }
        return resolve(nameOrId)
                .orElseThrow(() -> new BilatException(nameOrId + ": no such entity"))
                .id();
    }

    /** {@link #id} of a name that may be absent (null: any entity). */
    @Nullable
    String idOrAny(@Nullable String nameOrId) throws SQLException {
        return nameOrId == null ? null : id(nameOrId);
    }

    /** The entity with this exact id, else the one an id merged into it, else the most mentioned one so named. */
    Optional<EntityRow> resolve(String nameOrId) throws SQLException {
        Optional<EntityRow> row = entities.withId(nameOrId);
        if (row.isEmpty()) {
            row = entities.withId(EntityRedirects.target(connection, nameOrId)); // an id merged into another
        }
        return row.isPresent() ? row : entities.named(nameOrId);
    }
}
