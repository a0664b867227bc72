package org.bilat.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A connection to a database server that opens a new one when the server dropped it (a restart, a network cut, an
 * administrator ending the session). The transaction in flight is lost with the old connection, and the server rolls
 * it back, so the call that met the loss fails as it would have; the next call outside a transaction runs on a new
 * connection. Every statement is prepared per call in this package, so nothing holds on to the old connection.
 */
final class ReconnectingConnection implements InvocationHandler {
    /** What ends a transaction: on a lost connection the server already rolled it back, so these have nothing to do. */
    private static final Set<String> ENDINGS = Set.of("rollback", "close");

    private final Supplier<Connection> reopener;
    private Connection current;
    private boolean lost;

    private ReconnectingConnection(Connection first, Supplier<Connection> reopener) {
        this.current = first;
        this.reopener = reopener;
    }

    /** The connection {@code opener} gives, and after the server dropped it, the one {@code reopener} gives. */
    static Connection of(Supplier<Connection> opener, Supplier<Connection> reopener) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new ReconnectingConnection(opener.get(), reopener));
    }

    /** Whether a failure says the connection itself is gone (SQL states of class 08, and the server shutting down). */
    static boolean isLoss(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    @Override
    public synchronized @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
        if (lost && ends(method, args)) {
            return endLostTransaction(method);
        }
        if (lost) {
            reopen();
        }
        try {
            return method.invoke(current, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException failure && isLoss(failure)) {
                lost = true;
            }
            throw cause == null ? e : cause;
        }
    }

    private static boolean ends(Method method, @Nullable Object[] args) {
        boolean autoCommitOn = method.getName().equals("setAutoCommit") && args != null && Boolean.TRUE.equals(args[0]);
        return autoCommitOn || ENDINGS.contains(method.getName());
    }

    /** A rollback or the end of a transaction on a lost connection: the server rolled back; close the remains. */
    private @Nullable Object endLostTransaction(Method method) {
        if (method.getName().equals("close")) {
            closeQuietly(current);
            lost = false;
        }
        return null;
    }

    private void reopen() {
        closeQuietly(current);
        current = reopener.get();
        lost = false;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the connection is already gone; closing only frees what the driver still holds
        }
    }
}
