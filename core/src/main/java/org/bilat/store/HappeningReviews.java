package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the analysts' verdict on every happening, as the timeline gives it, without reading the happenings. */
final class HappeningReviews {
    private static final String ACCOUNTS = "SELECT happening_id, document_id, review_status FROM events";

    private HappeningReviews() {}

    /** Each happening's {@link HappeningRow#review()} over its accounts from documents inside the cut, by id. */
    static Map<String, String> of(Connection connection, DocumentCut cut) throws SQLException {
        Map<String, List<String>> reviews = new HashMap<>();
        for (String[] account : Jdbc.query(connection, ACCOUNTS, r ->
                new String[] {r.getString(1), r.getString(2), ReviewStatus.of(r.getString(3))})) {
            if (cut.admits(account[1])) {
                reviews.computeIfAbsent(account[0], id -> new ArrayList<>()).add(account[2]);
            }
        }
        Map<String, String> verdicts = new HashMap<>();
        reviews.forEach((id, states) -> verdicts.put(id, HappeningRow.verdict(states)));
        return Map.copyOf(verdicts);
    }
}
