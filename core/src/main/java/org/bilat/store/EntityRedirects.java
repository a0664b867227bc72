package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The ids of entities an analyst merged into others, each leading to the entity it was merged into. */
final class EntityRedirects {
    private EntityRedirects() {}

    /** The entity an id stands for now: following merges, else the id itself. */
    static String target(Connection connection, String id) throws SQLException {
        String current = id;
        Set<String> seen = new HashSet<>();
        while (seen.add(current)) {
            Optional<String> next = Jdbc.first(
                    connection,
                    "SELECT target_id FROM entity_redirects WHERE entity_id = ?",
                    r -> r.getString(1),
                    current);
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }

    /** Lets {@code from} lead to {@code to}, replacing where it led before. */
    static void add(Connection connection, String from, String to) throws SQLException {
        remove(connection, from);
        Jdbc.update(connection, "INSERT INTO entity_redirects (entity_id, target_id) VALUES (?, ?)", from, to);
    }

    static void remove(Connection connection, String from) throws SQLException {
        Jdbc.update(connection, "DELETE FROM entity_redirects WHERE entity_id = ?", from);
    }
}
