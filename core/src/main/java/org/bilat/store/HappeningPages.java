package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an entity's happenings a page at a time: the keys (earliest day, happening id) are sorted and cut by the
 * database with a keyset and {@code LIMIT}, the total is a {@code COUNT}, and only the page's accounts are read.
 */
final class HappeningPages {
    /** The day key of a happening no account dates: after every real day, in any collation. */
    private static final String UNDATED = "9999-99-99";

    private static final String KEYS = "SELECT e.happening_id, MIN(COALESCE(e.first_day, '" + UNDATED + "'))"
            + " FROM events e WHERE e.happening_id IN (" + HappeningQueries.HAPPENINGS_OF_ENTITY + ") AND "
            + ReviewStatus.visible("e") + " GROUP BY e.happening_id";
    private static final String AFTER = " HAVING MIN(COALESCE(e.first_day, '" + UNDATED + "')) > ?"
            + " OR (MIN(COALESCE(e.first_day, '" + UNDATED + "')) = ? AND e.happening_id > ?)";
    private static final String ORDER = " ORDER BY 2, 1 LIMIT ?";

    private final Connection connection;
    private final HappeningQueries happenings;

    HappeningPages(Connection connection, HappeningQueries happenings) {
        this.connection = connection;
        this.happenings = happenings;
    }

    /** A cursor: the day key and the id of the last happening of a page. */
    private record Key(String day, String happeningId) {
        static Key parse(String cursor) {
            int cut = cursor.indexOf('/');
            if (cut <= 0 || cut == cursor.length() - 1) {
                throw new BilatException("after: not a cursor of a page of events: " + cursor);
            }
            return new Key(cursor.substring(0, cut), cursor.substring(cut + 1));
        }

        String cursor() {
            return day + "/" + happeningId;
        }
    }

    /** At most {@code limit} happenings of the canonical entity after the cursor (null: from the first). */
    HappeningPage page(String entityId, @Nullable String after, int limit) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(entityId, entityId, entityId));
        String sql = KEYS;
        if (after != null) {
            Key key = Key.parse(after);
            sql += AFTER;
            params.addAll(List.of(key.day(), key.day(), key.happeningId()));
        }
        params.add(limit + 1);
        List<Key> keys =
                Jdbc.query(connection, sql + ORDER, r -> new Key(r.getString(2), r.getString(1)), params.toArray());
        List<Key> page = keys.subList(0, Math.min(limit, keys.size()));
        int total = Jdbc.count(connection, "SELECT COUNT(*) FROM (" + KEYS + ") t", entityId, entityId, entityId);
        String next = keys.size() > limit ? page.get(page.size() - 1).cursor() : null;
        return new HappeningPage(
                happenings.of(page.stream().map(Key::happeningId).toList()), total, next);
    }
}
