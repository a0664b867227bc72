package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The stored documents inside a cut through time; with no cut, every document. */
final class DocumentCut {
    private static final DocumentCut EVERYTHING = new DocumentCut(null);

    private final @Nullable Set<String> inside;

    private DocumentCut(@Nullable Set<String> inside) {
        this.inside = inside;
    }

    static DocumentCut read(Connection connection, AsOf asOf) throws SQLException {
        if (!asOf.cuts()) {
            return EVERYTHING;
        }
        List<String> ids = Jdbc.query(
                        connection,
                        "SELECT id, ingested_at, published FROM documents",
                        r -> asOf.admits(r.getString(2), r.getString(3)) ? r.getString(1) : "")
                .stream()
                .filter(id -> !id.isEmpty())
                .toList();
        return new DocumentCut(ids.stream().collect(Collectors.toUnmodifiableSet()));
    }

    boolean admits(String documentId) {
        Set<String> ids = inside;
        return ids == null || ids.contains(documentId);
    }

    /** Whether this cuts nothing away. */
    boolean everything() {
        return inside == null;
    }
}
