package org.bilat.store;

import java.sql.Connection;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * What the store's reads, writes and subjects share: where the store is (for messages), its engine, the lock its
 * writes hold, the connection its queries hold, the read connections beside the writer (null: none), the clock that
 * stamps ingests and judgements, and the answers kept until the store changes. A new shared part is added here once.
 */
record StoreParts(
        String where,
        Engine engine,
        Object lock,
        RoutedConnection routed,
        @Nullable ReadConnections readers,
        Clock clock,
        StoreChanges changes,
        KeptReads kept) {

    /** The parts of a store over {@code writer}, with a lock, changes and kept answers of its own. */
    static StoreParts of(
            String where, Engine engine, Connection writer, @Nullable ReadConnections readers, Clock clock) {
        StoreChanges changes = new StoreChanges();
        return new StoreParts(
                where,
                engine,
                new Object(),
                new RoutedConnection(writer),
                readers,
                clock,
                changes,
                new KeptReads(changes));
    }

    /** The connection to hand the query classes: see {@link RoutedConnection}. */
    Connection connection() {
        return routed.connection();
    }
}
