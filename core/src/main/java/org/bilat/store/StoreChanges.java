package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a read kept for later calls was read from: this process's writes, and the documents (how many, the latest
 * ingest) and judgements of any process. A kept read whose state differs from the store's now is read again.
 */
final class StoreChanges {
    // The latest ingest time tells a document replaced by another process, which leaves the count as it was.
    private static final String STATE =
            "SELECT (SELECT COUNT(*) FROM documents), (SELECT MAX(ingested_at) FROM documents),"
                    + " (SELECT COUNT(*) FROM judgements)";

    private final AtomicLong writes = new AtomicLong();

    /** This process changed the store. */
    void changed() {
        writes.incrementAndGet();
    }

    /** The store's state now, as the connection sees it. */
    List<Object> state(Connection connection) throws SQLException {
        List<Object> state = new ArrayList<>(List.of(writes.get()));
        state.addAll(Jdbc.first(
                        connection,
                        STATE,
                        r -> List.<Object>of(
                                r.getLong(1), Objects.requireNonNullElse(r.getString(2), ""), r.getLong(3)))
                .orElse(List.of()));
        return state;
    }
}
