package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a read kept for later calls was read from: this process's writes, and the documents and judgements of any
 * process. A kept read whose state differs from the store's now is read again.
 */
final class StoreChanges {
    private static final String STATE = "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM judgements)";

    private final AtomicLong writes = new AtomicLong();

    /** This process changed the store. */
    void changed() {
        writes.incrementAndGet();
    }

    /** The store's state now, as the connection sees it. */
    List<Long> state(Connection connection) throws SQLException {
        List<Long> state = new ArrayList<>(List.of(writes.get()));
        state.addAll(Jdbc.first(connection, STATE, r -> List.of(r.getLong(1), r.getLong(2)))
                .orElse(List.of()));
        return state;
    }
}
