package org.bilat.store;

import java.sql.SQLException;

/** Work on the store's connection that throws what JDBC throws. */
@FunctionalInterface
interface SqlWork<T> {
    T run() throws SQLException;
}
