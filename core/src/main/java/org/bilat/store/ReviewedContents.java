package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** The whole store as {@link StoreContents} in its reviewed state: the facts an analyst rejected left out. */
final class ReviewedContents {
    private final Connection connection;

    ReviewedContents(Connection connection) {
        this.connection = connection;
    }

    StoreContents read() throws SQLException {
        StoreContents all = new ContentsReader(connection).read();
        Set<String> rejected = rejected();
        return new StoreContents(
                all.documents(),
                all.entities(),
                kept(all.events(), "events", rejected, StoredEvent::documentId, StoredEvent::seq),
                kept(all.figures(), "quantities", rejected, StoredFigure::documentId, StoredFigure::seq),
                kept(all.relations(), "relations", rejected, StoredRelation::documentId, StoredRelation::seq),
                all.levels());
    }

    private static <S> List<S> kept(
            List<S> stored, String table, Set<String> rejected, Function<S, String> document, ToIntFunction<S> seq) {
        return stored.stream()
                .filter(s -> !rejected.contains(table + " " + document.apply(s) + " " + seq.applyAsInt(s)))
                .toList();
    }

    /** Every rejected fact as "table documentId seq". */
    private Set<String> rejected() throws SQLException {
        Set<String> rejected = new HashSet<>();
        for (String table : List.of("events", "quantities", "relations")) {
            rejected.addAll(Jdbc.query(
                    connection,
                    "SELECT document_id, seq FROM " + table + " WHERE review_status = 'rejected'",
                    row -> table + " " + row.getString(1) + " " + row.getInt(2)));
        }
        return rejected;
    }
}
