package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptReadsTest {
    @TempDir
    Path dir;

    private final AtomicInteger statements = new AtomicInteger();
    private final KeptReads kept = new KeptReads(new StoreChanges());

    @SuppressWarnings("NullAway.Init") // opened before each test
    private Connection sqlite;

    @SuppressWarnings("NullAway.Init") // made before each test
    private Connection counted;

    @BeforeEach
    void open() {
        sqlite = SqliteDatabase.open(dir);
        counted = counting(sqlite, statements);
    }

    @AfterEach
    void close() throws SQLException {
        sqlite.close();
    }

    @Test
    void keptReadsInsideAKeptReadAskTheStoresStateOnce() throws SQLException {
        int page = kept.answer(
                counted,
                List.of("page"),
                () -> kept.answer(counted, List.of("a"), () -> 1) + kept.answer(counted, List.of("b"), () -> 2));

        assertThat(page).isEqualTo(3);
        assertThat(statements).hasValue(1);
    }

    @Test
    void aKeptReadAfterAnotherAsksTheStateAgainAndFindsItsAnswer() throws SQLException {
        kept.answer(counted, List.of("page"), () -> kept.answer(counted, List.of("a"), () -> 1));

        int again = kept.answer(counted, List.of("a"), () -> 2);

        assertThat(again).isEqualTo(1);
        assertThat(statements).hasValue(2);
    }

    /** The connection, counting the statements prepared on it. */
    private static Connection counting(Connection connection, AtomicInteger statements) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
