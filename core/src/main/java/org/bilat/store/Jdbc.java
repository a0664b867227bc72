package org.bilat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Runs one parameterised statement: binds, executes, maps rows. */
final class Jdbc {
    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private Jdbc() {}

    static int update(Connection connection, String sql, @Nullable Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            return statement.executeUpdate();
        }
    }

    /** Runs one statement for each row of parameters as a JDBC batch: one round trip instead of one per row. */
    static void batch(Connection connection, String sql, List<List<@Nullable Object>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<@Nullable Object> row : rows) {
                bind(statement, row.toArray());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    static <T> List<T> query(Connection connection, String sql, RowReader<T> reader, @Nullable Object... params)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        }
    }

    static <T> Optional<T> first(Connection connection, String sql, RowReader<T> reader, @Nullable Object... params)
            throws SQLException {
        return query(connection, sql, reader, params).stream().findFirst();
    }

    static int count(Connection connection, String sql, @Nullable Object... params) throws SQLException {
        return first(connection, sql, row -> row.getInt(1), params).orElse(0);
    }

    /** How many values one IN list takes, well under the parameter limits of SQLite and PostgreSQL. */
    static final int CHUNK = 500;

    /** The values in runs of at most {@value #CHUNK}, for IN lists. */
    static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < values.size(); i += CHUNK) {
            chunks.add(values.subList(i, Math.min(values.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** "?, ?, ?": one parameter mark per value. */
    static String marks(List<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    private static void bind(PreparedStatement statement, @Nullable Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object param = params[i];
            if (param == null) {
                // typed null: PostgreSQL cannot infer the type of an untyped null parameter
                statement.setNull(i + 1, Types.VARCHAR);
            } else if (param instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else if (param instanceof Double number) {
                statement.setDouble(i + 1, number);
            } else {
                statement.setString(i + 1, param.toString());
            }
        }
    }
}
