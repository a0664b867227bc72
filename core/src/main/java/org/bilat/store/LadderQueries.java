package org.bilat.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.bilat.model.EntityType;
import org.bilat.model.Evidence;
import org.jspecify.annotations.Nullable;

/** Reads the partnership ladder: every stored level step of a pair, of the pairs of one state, or of every pair. */
final class LadderQueries {
    private static final String SELECT = """
            SELECT a.id, a.name, a.type, b.id, b.name, b.type, l.label, l.ladder_rank, l.date_text, l.formal,
                l.document_id, d.source, l.start_pos, l.end_pos, l.quote
            FROM levels l
            JOIN entities a ON a.id = l.state_a
            JOIN entities b ON b.id = l.state_b
            JOIN documents d ON d.id = l.document_id
            """;
    // undated steps last in each pair: they say a level holds, not when it was declared
    private static final String ORDER = " ORDER BY a.name, b.name, CASE WHEN l.first_day IS NULL THEN 1 ELSE 0 END,"
            + " l.first_day, l.last_day, l.ladder_rank, d.source, l.start_pos";

    private final Connection connection;

    LadderQueries(Connection connection) {
        this.connection = connection;
    }

    /** The steps of the pair of {@code one} and {@code other}, of every pair of {@code one}, or of every pair. */
    List<LadderStep> steps(@Nullable String one, @Nullable String other) throws SQLException {
        if (one == null) {
            return Jdbc.query(connection, SELECT + ORDER, LadderQueries::step);
        }
        if (other == null) {
            return Jdbc.query(
                    connection,
                    SELECT + " WHERE l.state_a = ? OR l.state_b = ?" + ORDER,
                    LadderQueries::step,
                    one,
                    one);
        }
        boolean ordered = one.compareTo(other) < 0;
        return Jdbc.query(
                connection,
                SELECT + " WHERE l.state_a = ? AND l.state_b = ?" + ORDER,
                LadderQueries::step,
                ordered ? one : other,
                ordered ? other : one);
    }

    private static LadderStep step(ResultSet r) throws SQLException {
        return new LadderStep(
                new EntityRef(r.getString(1), r.getString(2), EntityType.valueOf(r.getString(3))),
                new EntityRef(r.getString(4), r.getString(5), EntityType.valueOf(r.getString(6))),
                r.getString(7),
                r.getInt(8),
                r.getString(9),
                r.getInt(10) == 1,
                new Passage(
                        r.getString(11), r.getString(12), new Evidence(r.getInt(13), r.getInt(14), r.getString(15))));
    }
}
