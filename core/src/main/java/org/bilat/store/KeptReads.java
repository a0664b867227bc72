package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answers of the reads asked most (an entity page's sections: a hub entity's are the costliest), kept until the
 * store changes (see {@link StoreChanges}), so that many clients reading one page do not each group thousands of rows.
 * Answers are immutable records shared by every caller; the least recently asked go first.
 */
final class KeptReads {
    /** How many answers are kept: a few pages of each section. */
    static final int SIZE = 64;

    private final StoreChanges changes;
    private final Map<List<Object>, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(SIZE, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Kept> eldest) {
            return size() > SIZE;
        }
    });

    /** The state an outer kept read on this thread was asked in, which the kept reads it makes share. */
    @SuppressWarnings("ThreadLocalUsage") // one per store: a read of one store must not lend its state to another's
    private final ThreadLocal<@Nullable List<Object>> asked = new ThreadLocal<>();

    KeptReads(StoreChanges changes) {
        this.changes = changes;
    }

    /** One answer and the state of the store it was read in. */
    private record Kept(List<Object> state, Object answer) {}

    /**
     * The answer kept for {@code question} (the read's name and arguments) when the store has not changed since it
     * was read on {@code connection}, else the read's answer, kept. Kept reads inside it (an entity page's sections
     * inside the page) take its state rather than ask the store's again: one read, one transaction, one state.
     */
    @SuppressWarnings("unchecked") // a question names its read, whose answers are all of one type
    <T> T answer(Connection connection, List<Object> question, SqlWork<T> read) throws SQLException {
        List<Object> outer = asked.get();
        List<Object> state = outer != null ? outer : changes.state(connection);
        Kept known = kept.get(question);
        if (known != null && known.state().equals(state)) {
            return (T) known.answer();
        }
        asked.set(state);
        try {
            T answer = read.run();
            kept.put(question, new Kept(state, answer));
            return answer;
        } finally {
            if (outer == null) {
                asked.remove();
            }
        }
    }
}
