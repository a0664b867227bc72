package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an entity's happenings a page at a time: the keys (earliest day, happening id) are sorted and cut by the
 * database with a keyset and {@code LIMIT}, their count taken in the same grouped query, and only the page's accounts
 * are read. A cut through time decides per document, so within one the keys of the entity's accounts are read and
 * sorted here.
 */
final class HappeningPages {
    /** The day key of a happening no account dates: after every real day, in any collation. */
    private static final String UNDATED = "9999-99-99";

    private static final String DAY = "COALESCE(e.first_day, '" + UNDATED + "')";
    /** The events of the entity's happenings; takes the entity id three times. */
    private static final String OF_ENTITY =
            " FROM events e WHERE e.happening_id IN (" + HappeningQueries.HAPPENINGS_OF_ENTITY + ") AND ";

    private static final String GROUPED = " GROUP BY e.happening_id";
    private static final String AFTER = " WHERE d > ? OR (d = ? AND h > ?)";
    private static final String ORDER = " ORDER BY d, h LIMIT ?";
    private static final Comparator<Key> ORDERED =
            Comparator.comparing(Key::day).thenComparing(Key::happeningId);

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

    /**
     * At most {@code limit} happenings of the canonical entity after the cursor (null: from the first), with the
     * filter's rejected toggle and cut through time; its type and years must not be set.
     */
    HappeningPage page(TimelineFilter filter, String entityId, @Nullable String after, int limit) throws SQLException {
        if (filter.type() != null || filter.byYears()) {
            throw new IllegalArgumentException("pages of events filter by entity, rejected and cut only");
        }
        @Nullable Key from = after == null ? null : Key.parse(after);
        String visible = ReviewStatus.visible("e", filter.showRejected());
        DocumentCut cut = DocumentCut.read(connection, filter.asOf());
        Keys found = cut.everything() ? keys(entityId, visible, from, limit + 1) : keysInside(entityId, visible, cut);
        List<Key> keys = found.after(from, limit + 1);
        List<Key> page = keys.subList(0, Math.min(limit, keys.size()));
        String next = keys.size() > limit ? page.get(page.size() - 1).cursor() : null;
        List<String> ids = page.stream().map(Key::happeningId).toList();
        return new HappeningPage(happenings.of(ids, filter.showRejected(), cut), found.total(), next);
    }

    /** Keys in page order, from the cursor's on or from the first, and how many the entity has in all. */
    private record Keys(List<Key> keys, int total) {
        List<Key> after(@Nullable Key from, int limit) {
            return keys.stream()
                    .filter(key -> from == null || ORDERED.compare(key, from) > 0)
                    .limit(limit)
                    .toList();
        }
    }

    /**
     * The first keys after {@code from}, sorted and cut by the database, and the count of every key, in one grouped
     * query: the count is a window over the groups, taken before the cursor and the limit cut them.
     */
    private Keys keys(String entityId, String visible, @Nullable Key from, int limit) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(entityId, entityId, entityId));
        String sql = "SELECT h, d, n FROM (SELECT e.happening_id AS h, MIN(" + DAY + ") AS d, COUNT(*) OVER () AS n"
                + OF_ENTITY + visible + GROUPED + ") g";
        if (from != null) {
            sql += AFTER;
            params.addAll(List.of(from.day(), from.day(), from.happeningId()));
        }
        params.add(limit);
        record Counted(Key key, int total) {}
        List<Counted> rows = Jdbc.query(
                connection,
                sql + ORDER,
                r -> new Counted(new Key(r.getString(2), r.getString(1)), r.getInt(3)),
                params.toArray());
        if (rows.isEmpty() && from != null) { // past the last page: the count comes on its own
            String count = "SELECT COUNT(DISTINCT e.happening_id)" + OF_ENTITY + visible;
            return new Keys(List.of(), Jdbc.count(connection, count, entityId, entityId, entityId));
        }
        return new Keys(
                rows.stream().map(Counted::key).toList(),
                rows.isEmpty() ? 0 : rows.get(0).total());
    }

    /** Every key of the entity's happenings as accounts of documents inside the cut date them, in page order. */
    private Keys keysInside(String entityId, String visible, DocumentCut cut) throws SQLException {
        Map<String, String> earliest = new HashMap<>();
        Jdbc.query(
                        connection,
                        "SELECT e.happening_id, e.document_id, " + DAY + OF_ENTITY + visible,
                        r -> List.of(r.getString(1), r.getString(2), r.getString(3)),
                        entityId,
                        entityId,
                        entityId)
                .stream()
                .filter(row -> cut.admits(row.get(1)))
                .forEach(row -> earliest.merge(row.get(0), row.get(2), (a, b) -> a.compareTo(b) <= 0 ? a : b));
        List<Key> keys = earliest.entrySet().stream()
                .map(e -> new Key(e.getValue(), e.getKey()))
                .sorted(ORDERED)
                .toList();
        return new Keys(keys, keys.size());
    }
}
