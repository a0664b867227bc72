package org.bilat.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bilat.model.BilatException;

/** Stores and reads judgement rows, their before and after values as JSON objects. */
final class JudgementRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT = "SELECT id, target_key, source, quote, action, author, made_at, reason,"
            + " before_value, after_value, reverts FROM judgements";
    private static final String ORDER = " ORDER BY made_at, id";

    private final Connection connection;

    JudgementRows(Connection connection) {
        this.connection = connection;
    }

    void insert(Judgement j) throws SQLException {
        Jdbc.update(
                connection,
                "INSERT INTO judgements (id, target_kind, target_key, source, quote, action, author, made_at, reason,"
                        + " before_value, after_value, reverts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                j.id(),
                j.kind().label(),
                j.key(),
                j.source(),
                j.quote(),
                j.action().name(),
                j.author(),
                j.madeAt(),
                j.reason(),
                json(j.before()),
                json(j.after()),
                j.reverts());
    }

    /** The judgements of one fact key, oldest first. */
    List<Judgement> of(String key) throws SQLException {
        return Jdbc.query(connection, SELECT + " WHERE target_key = ?" + ORDER, JudgementRows::judgement, key);
    }

    List<Judgement> all() throws SQLException {
        return Jdbc.query(connection, SELECT + ORDER, JudgementRows::judgement);
    }

    /** The judgement whose id is this or starts with it, when exactly one does. */
    Optional<Judgement> withId(String idOrPrefix) throws SQLException {
        List<Judgement> found = Jdbc.query(
                connection,
                SELECT + " WHERE id = ? OR id LIKE ?" + ORDER,
                JudgementRows::judgement,
                idOrPrefix,
                idOrPrefix.replace("%", "").replace("_", "") + "%");
        if (found.size() > 1) {
            throw new BilatException(idOrPrefix + ": names " + found.size() + " judgements; give more of the id");
        }
        return found.stream().findFirst();
    }

    boolean contains(String id) throws SQLException {
        return Jdbc.count(connection, "SELECT COUNT(*) FROM judgements WHERE id = ?", id) > 0;
    }

    /** The distinct fact keys that have judgements. */
    List<String> keys() throws SQLException {
        return Jdbc.query(
                connection, "SELECT DISTINCT target_key FROM judgements ORDER BY target_key", r -> r.getString(1));
    }

    /** The distinct keys judged at or after an instant (as {@link Reviews#stamp} writes it). */
    List<String> keysSince(String madeAt) throws SQLException {
        return Jdbc.query(
                connection,
                "SELECT DISTINCT target_key FROM judgements WHERE made_at >= ? ORDER BY target_key",
                r -> r.getString(1),
                madeAt);
    }

    static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a map of strings as JSON", e);
        }
    }

    static Map<String, String> map(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new BilatException("judgement values: not a JSON object of strings: " + e.getOriginalMessage(), e);
        }
    }

    private static Judgement judgement(ResultSet r) throws SQLException {
        return new Judgement(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                JudgementAction.valueOf(r.getString(5)),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                map(r.getString(9)),
                map(r.getString(10)),
                r.getString(11));
    }
}
