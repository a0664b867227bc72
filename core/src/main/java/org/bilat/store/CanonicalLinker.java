package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.resolve.Resolver;

/**
 * Links a document's entity to the canonical entity it is one thing with, or creates one; identity itself is decided
 * by {@link Resolver}, this class only finds the candidates under the stored match keys and records the outcome.
 */
final class CanonicalLinker {
    private final Connection connection;

    CanonicalLinker(Connection connection) {
        this.connection = connection;
    }

    Link link(Entity local) throws SQLException {
        for (Entity candidate : candidates(local)) {
            Optional<String> reason = Resolver.sameThing(candidate, local);
            if (reason.isPresent()) {
                absorb(candidate, local);
                return new Link(candidate.id(), reason.get());
            }
        }
        String id = freeId(local.id());
        Jdbc.update(
                connection,
                "INSERT INTO entities (id, name, name_folded, type) VALUES (?, ?, ?, ?)",
                id,
                local.name(),
                Folding.fold(local.name()),
                local.type().name());
        absorb(new Entity(id, local.name(), local.type(), List.of(), List.of()), local);
        return new Link(id, null);
    }

    private List<Entity> candidates(Entity local) throws SQLException {
        List<String> keys = new ArrayList<>(Resolver.matchKeys(local));
        if (keys.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
        List<String> ids = Jdbc.query(
                connection,
                "SELECT DISTINCT entity_id FROM entity_keys WHERE match_key IN (" + marks + ") ORDER BY entity_id",
                row -> row.getString(1),
                keys.toArray());
        ids.sort(Comparator.comparing((String id) -> !id.equals(local.id())));
        List<Entity> candidates = new ArrayList<>();
        for (String id : ids) {
            candidates.add(canonical(id));
        }
        return candidates;
    }

    /** The canonical entity as Resolver sees it: its name, type and every stored alias, without mentions. */
    private Entity canonical(String id) throws SQLException {
        Entity bare = Jdbc.first(
                        connection,
                        "SELECT name, type FROM entities WHERE id = ?",
                        row -> new Entity(
                                id, row.getString(1), EntityType.valueOf(row.getString(2)), List.of(), List.of()),
                        id)
                .orElseThrow(() -> new IllegalStateException("match key of missing entity " + id));
        List<String> aliases = Jdbc.query(
                connection,
                "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias",
                row -> row.getString(1),
                id);
        return new Entity(id, bare.name(), bare.type(), aliases, List.of());
    }

    /** Adds the local entity's name and aliases to the canonical one, takes the longer of the two names, stores new keys. */
    private void absorb(Entity canonical, Entity local) throws SQLException {
        Set<String> aliases = new LinkedHashSet<>(canonical.aliases());
        List<String> forms = new ArrayList<>(List.of(canonical.name(), local.name()));
        forms.addAll(local.aliases());
        for (String form : forms) {
            if (!form.isBlank() && aliases.add(form)) {
                Jdbc.update(
                        connection,
                        "INSERT INTO entity_aliases (entity_id, alias, alias_folded) VALUES (?, ?, ?)",
                        canonical.id(),
                        form,
                        Folding.fold(form));
            }
        }
        String name = longer(canonical.name(), Set.of(local.name()));
        if (!name.equals(canonical.name())) {
            Jdbc.update(
                    connection,
                    "UPDATE entities SET name = ?, name_folded = ? WHERE id = ?",
                    name,
                    Folding.fold(name),
                    canonical.id());
        }
        Entity grown = new Entity(canonical.id(), name, canonical.type(), List.copyOf(aliases), List.of());
        addKeys(canonical.id(), Resolver.matchKeys(grown), Resolver.matchKeys(local));
    }

    private static String longer(String name, Set<String> aliases) {
        String longest = name;
        for (String alias : aliases) {
            if (alias.length() > longest.length()) {
                longest = alias;
            }
        }
        return longest;
    }

    private void addKeys(String entityId, Set<String> canonicalKeys, Set<String> localKeys) throws SQLException {
        Set<String> keys = new LinkedHashSet<>(canonicalKeys);
        keys.addAll(localKeys);
        keys.removeAll(Jdbc.query(
                connection,
                "SELECT match_key FROM entity_keys WHERE entity_id = ?",
                row -> row.getString(1),
                entityId));
        for (String key : keys) {
            Jdbc.update(connection, "INSERT INTO entity_keys (entity_id, match_key) VALUES (?, ?)", entityId, key);
        }
    }

    /** The local id if no canonical entity has it yet, else the id with the first free suffix -2, -3, ... */
    private String freeId(String base) throws SQLException {
        String id = base;
        for (int suffix = 2; taken(id); suffix++) {
            id = base + "-" + suffix;
        }
        return id;
    }

    private boolean taken(String id) throws SQLException {
        return Jdbc.count(connection, "SELECT COUNT(*) FROM entities WHERE id = ?", id) > 0;
    }
}
