package org.bilat.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Databases of their own for command-line tests on the PostgreSQL server that {@code BILAT_TEST_PG} names. */
final class Databases {
    private Databases() {}

    /** Creates (afresh) the database and returns its URL: the server's URL with its database name replaced. */
    static String create(String server, String name) throws SQLException {
        execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        execute(server, "CREATE DATABASE " + name);
        return server.replaceFirst("^(jdbc:postgresql://[^/?]*/)[^?]*", "$1" + name);
    }

    static void drop(String server, List<String> names) throws SQLException {
        for (String name : names) {
            execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void execute(String server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
