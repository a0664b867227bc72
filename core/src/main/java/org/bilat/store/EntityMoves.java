package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.resolve.Resolver;

/**
 * Changes canonical entities as entity judgements say: renames and retypes one, merges one into another (every fact,
 * mention and spelling follows, and the old id leads to the new one), and moves some of an entity's document
 * entities to another. The caller owns the transaction.
 */
final class EntityMoves {
    /** A document's own entity, which a canonical entity groups. */
    record Member(String documentId, String localId, String entityId) {}

    /** A column of a fact table; every such table has document_id. */
    private record Column(String table, String column) {}

    /** Fact columns that name entities. */
    private static final List<Column> COLUMNS = List.of(
            new Column("event_participants", "entity_id"),
            new Column("quantity_subjects", "entity_id"),
            new Column("relations", "subject_id"),
            new Column("relations", "object_id"),
            new Column("events", "location_id"),
            new Column("levels", "state_a"),
            new Column("levels", "state_b"));
    /** Fact tables where one fact names an entity once (the entity is part of the key), with the fact's seq column. */
    private static final List<Column> KEYED =
            List.of(new Column("event_participants", "event_seq"), new Column("quantity_subjects", "quantity_seq"));

    private final Connection connection;

    EntityMoves(Connection connection) {
        this.connection = connection;
    }

    Optional<EntityRow> entity(String id) throws SQLException {
        return new EntityQueries(connection).withId(id);
    }

    /** The document entities an entity groups, by document and local id. */
    List<Member> members(String entityId) throws SQLException {
        return Jdbc.query(
                connection,
                "SELECT document_id, local_id, entity_id FROM document_entities WHERE entity_id = ?"
                        + " ORDER BY document_id, local_id",
                r -> new Member(r.getString(1), r.getString(2), r.getString(3)),
                entityId);
    }

    /** The document entity whose mention has these offsets in this document. */
    Optional<Member> memberAt(String documentId, int start, int end) throws SQLException {
        return Jdbc.first(
                connection,
                "SELECT de.document_id, de.local_id, de.entity_id FROM mentions m JOIN document_entities de"
                        + " ON de.document_id = m.document_id AND de.local_id = m.local_id"
                        + " WHERE m.document_id = ? AND m.start_pos = ? AND m.end_pos = ?",
                r -> new Member(r.getString(1), r.getString(2), r.getString(3)),
                documentId,
                start,
                end);
    }

    /** The document entity of the first mention with these words in the newest document of this file name. */
    Optional<Member> memberBySurface(String source, String surface) throws SQLException {
        return Jdbc.first(
                connection,
                "SELECT de.document_id, de.local_id, de.entity_id FROM mentions m JOIN document_entities de"
                        + " ON de.document_id = m.document_id AND de.local_id = m.local_id"
                        + " JOIN documents d ON d.id = m.document_id WHERE d.source = ? AND m.surface = ?"
                        + " ORDER BY d.ingested_at DESC, m.start_pos",
                r -> new Member(r.getString(1), r.getString(2), r.getString(3)),
                source,
                surface);
    }

    /** The key of an entity's first mention (entity:DOC:START-END) with its file name and words. */
    Optional<List<String>> anchor(String entityId) throws SQLException {
        return Jdbc.first(
                connection,
                "SELECT m.document_id, m.start_pos, m.end_pos, d.source, m.surface FROM mentions m"
                        + " JOIN document_entities de ON de.document_id = m.document_id AND de.local_id = m.local_id"
                        + " JOIN documents d ON d.id = m.document_id WHERE de.entity_id = ?"
                        + " ORDER BY d.source, m.document_id, m.start_pos, m.end_pos",
                r -> List.of(
                        "entity:" + r.getString(1) + ":" + r.getInt(2) + "-" + r.getInt(3),
                        r.getString(4),
                        r.getString(5)),
                entityId);
    }

    /** The key of a document entity's first mention, DOC:START-END. */
    String mentionKey(Member member) throws SQLException {
        return Jdbc.first(
                        connection,
                        "SELECT start_pos, end_pos FROM mentions WHERE document_id = ? AND local_id = ?"
                                + " ORDER BY start_pos, end_pos",
                        r -> member.documentId() + ":" + r.getInt(1) + "-" + r.getInt(2),
                        member.documentId(),
                        member.localId())
                .orElseThrow();
    }

    void rename(String entityId, String name) throws SQLException {
        Jdbc.update(
                connection,
                "UPDATE entities SET name = ?, name_folded = ? WHERE id = ?",
                name,
                Folding.fold(name),
                entityId);
        addAlias(entityId, name);
        rekey(entityId);
    }

    void retype(String entityId, EntityType type) throws SQLException {
        Jdbc.update(connection, "UPDATE entities SET type = ? WHERE id = ?", type.name(), entityId);
    }

    /** Merges {@code from} into {@code into}: its document entities, facts, spellings; its id then leads there. */
    void merge(String from, String into) throws SQLException {
        if (from.equals(into)) {
            return;
        }
        List<Member> members = members(from);
        move(members, into);
        for (String alias : aliases(from)) {
            addAlias(into, alias);
        }
        moveFacts("", from, into);
        delete(from);
        EntityRedirects.add(connection, from, into);
        EntityRedirects.remove(connection, into);
        rekey(into);
    }

    /** Creates an entity, with its name as its one spelling. */
    String create(String wantedId, String name, EntityType type) throws SQLException {
        String id = wantedId;
        for (int n = 2; entity(id).isPresent(); n++) {
            id = wantedId + "-" + n;
        }
        Jdbc.update(
                connection,
                "INSERT INTO entities (id, name, name_folded, type) VALUES (?, ?, ?, ?)",
                id,
                name,
                Folding.fold(name),
                type.name());
        addAlias(id, name);
        EntityRedirects.remove(connection, id);
        return id;
    }

    /**
     * Moves document entities to another canonical entity with the facts of their documents, where their old entity
     * has no other document entity in that document (else the fact is not theirs alone, and stays); their spellings
     * go with them.
     */
    void move(List<Member> members, String to) throws SQLException {
        List<String> names = new ArrayList<>();
        for (Member member : members) {
            if (member.entityId().equals(to)) {
                continue;
            }
            Jdbc.update(
                    connection,
                    "UPDATE document_entities SET entity_id = ? WHERE document_id = ? AND local_id = ?",
                    to,
                    member.documentId(),
                    member.localId());
            String name = Jdbc.first(
                            connection,
                            "SELECT name FROM document_entities WHERE document_id = ? AND local_id = ?",
                            r -> r.getString(1),
                            member.documentId(),
                            member.localId())
                    .orElseThrow();
            addAlias(to, name);
            names.add(name);
            boolean alone = Jdbc.count(
                            connection,
                            "SELECT COUNT(*) FROM document_entities WHERE document_id = ? AND entity_id = ?",
                            member.documentId(),
                            member.entityId())
                    == 0;
            if (alone) {
                moveFacts(member.documentId(), member.entityId(), to);
            }
        }
        for (String from : members.stream().map(Member::entityId).distinct().toList()) {
            if (entity(from).isPresent()) {
                dropSpellings(from, names);
            }
        }
        rekey(to);
    }

    /** Every fact column that names the entity, as "table column seqColumn document seq", for {@link #restoreFacts}. */
    List<String> factsNaming(String entityId) throws SQLException {
        List<String> facts = new ArrayList<>();
        for (Column column : COLUMNS) {
            String seq = seqColumn(column.table());
            facts.addAll(Jdbc.query(
                    connection,
                    "SELECT document_id, " + seq + " FROM " + column.table() + " WHERE " + column.column() + " = ?",
                    r -> String.join(" ", column.table(), column.column(), seq, r.getString(1), r.getString(2)),
                    entityId));
        }
        return facts;
    }

    /** Lets the facts {@link #factsNaming} listed name {@code to} again where they now name {@code from}. */
    void restoreFacts(List<String> facts, String from, String to) throws SQLException {
        for (String fact : facts) {
            List<String> parts = List.of(fact.split(" ", 5));
            if (parts.size() == 5 && COLUMNS.contains(new Column(parts.get(0), parts.get(1)))) {
                Jdbc.update(
                        connection,
                        "UPDATE " + parts.get(0) + " SET " + parts.get(1) + " = ? WHERE " + parts.get(1)
                                + " = ? AND document_id = ? AND " + seqColumn(parts.get(0)) + " = ?",
                        to,
                        from,
                        parts.get(3),
                        Integer.parseInt(parts.get(4)));
            }
        }
    }

    private static String seqColumn(String table) {
        return switch (table) {
            case "event_participants" -> "event_seq";
            case "quantity_subjects" -> "quantity_seq";
            default -> "seq";
        };
    }

    /** Deletes an entity no document entity names any more. */
    void deleteIfUnnamed(String entityId) throws SQLException {
        if (members(entityId).isEmpty() && entity(entityId).isPresent()) {
            delete(entityId);
        }
    }

    /** Lets the facts of a document (of every document, when it is "") that name {@code from} name {@code to}. */
    private void moveFacts(String documentId, String from, String to) throws SQLException {
        String inDocument = documentId.isEmpty() ? "(document_id = ? OR 1 = 1)" : "document_id = ?";
        for (Column keyed : KEYED) {
            String[] parts = {keyed.table(), keyed.column()};
            // a fact that already names the target keeps that row; the other goes
            Jdbc.update(
                    connection,
                    "DELETE FROM " + parts[0] + " WHERE " + inDocument + " AND entity_id = ? AND EXISTS (SELECT 1 FROM "
                            + parts[0] + " t WHERE t.document_id = " + parts[0] + ".document_id AND t." + parts[1]
                            + " = " + parts[0] + "." + parts[1] + " AND t.entity_id = ?)",
                    documentId,
                    from,
                    to);
        }
        for (Column column : COLUMNS) {
            String[] parts = {column.table(), column.column()};
            Jdbc.update(
                    connection,
                    "UPDATE " + parts[0] + " SET " + parts[1] + " = ? WHERE " + inDocument + " AND " + parts[1]
                            + " = ?",
                    to,
                    documentId,
                    from);
        }
    }

    private List<String> aliases(String entityId) throws SQLException {
        return Jdbc.query(
                connection,
                "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias",
                r -> r.getString(1),
                entityId);
    }

    private void addAlias(String entityId, String alias) throws SQLException {
        if (!alias.isBlank() && !aliases(entityId).contains(alias)) {
            Jdbc.update(
                    connection,
                    "INSERT INTO entity_aliases (entity_id, alias, alias_folded) VALUES (?, ?, ?)",
                    entityId,
                    alias,
                    Folding.fold(alias));
        }
    }

    /**
     * Takes these spellings from an entity, but not its name's nor those its remaining document entities are named by.
     */
    void dropSpellings(String entityId, Collection<String> spellings) throws SQLException {
        Set<String> kept = new HashSet<>();
        Jdbc.query(connection, "SELECT name FROM document_entities WHERE entity_id = ?", r -> r.getString(1), entityId)
                .forEach(name -> kept.add(Folding.fold(name)));
        entity(entityId).ifPresent(e -> kept.add(Folding.fold(e.name())));
        Set<String> dropped = new HashSet<>();
        spellings.forEach(spelling -> dropped.add(Folding.fold(spelling)));
        dropped.removeAll(kept);
        for (String alias : aliases(entityId)) {
            if (dropped.contains(Folding.fold(alias))) {
                Jdbc.update(
                        connection, "DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?", entityId, alias);
            }
        }
        rekey(entityId);
    }

    /** Stores the match keys of an entity's name and spellings now, so new documents link to it as it is. */
    private void rekey(String entityId) throws SQLException {
        Optional<EntityRow> row = entity(entityId);
        if (row.isEmpty()) {
            return;
        }
        Jdbc.update(connection, "DELETE FROM entity_keys WHERE entity_id = ?", entityId);
        Entity entity = new Entity(entityId, row.get().name(), row.get().type(), aliases(entityId), List.of());
        for (String key : Resolver.matchKeys(entity)) {
            Jdbc.update(connection, "INSERT INTO entity_keys (entity_id, match_key) VALUES (?, ?)", entityId, key);
        }
    }

    private void delete(String entityId) throws SQLException {
        Jdbc.update(connection, "DELETE FROM entity_aliases WHERE entity_id = ?", entityId);
        Jdbc.update(connection, "DELETE FROM entity_keys WHERE entity_id = ?", entityId);
        Jdbc.update(connection, "DELETE FROM entities WHERE id = ?", entityId);
    }
}
