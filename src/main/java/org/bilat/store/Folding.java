package org.bilat.store;

import java.util.Locale;

/** The case folding of the stored lookup columns, so that lookups compare the same way on every database. */
final class Folding {
    private Folding() {}

    static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern matching names that contain {@code part}, with {@code !} as escape character. */
    static String containing(String part) {
        String escaped = fold(part).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
