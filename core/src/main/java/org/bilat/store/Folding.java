package org.bilat.store;

import org.bilat.model.NameFold;

/** The folding of the stored lookup columns, so that lookups compare names the same way on every database. */
final class Folding {
    private Folding() {}

    static String fold(String name) {
        return NameFold.fold(name);
    }

    /** The last word of the folded name, parentheses and what they hold left out: "trade deficit (2018)" gives "deficit". */
    static String head(String name) {
        String folded = fold(name.replaceAll("\\([^)]*\\)", " "));
        if (folded.isEmpty()) {
            folded = fold(name);
        }
        return folded.substring(folded.lastIndexOf(' ') + 1);
    }

    /** A LIKE pattern matching names that contain {@code part}, with {@code !} as escape character. */
    static String containing(String part) {
        // LIKE escaping is SQL's concern, not folding's: it keeps the pattern literal whatever characters fold lets
        // through
        String escaped = fold(part).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
