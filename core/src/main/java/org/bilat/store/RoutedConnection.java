package org.bilat.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import org.jspecify.annotations.Nullable;

/**
 * The connection the store's queries hold: on a thread running a read, the read-only connection lent to it for that
 * read; on any other thread, the writer. So every query class serves reads on several connections unchanged.
 */
final class RoutedConnection implements InvocationHandler {
    private final Connection writer;

    @SuppressWarnings("ThreadLocalUsage") // one per store: a thread reading one store must not send another's calls
    private final ThreadLocal<@Nullable Connection> lent = new ThreadLocal<>();

    private final Connection proxy;

    RoutedConnection(Connection writer) {
        this.writer = writer;
        this.proxy = (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, this);
    }

    /** The connection to hand the query classes. */
    Connection connection() {
        return proxy;
    }

    /** Sends this thread's calls to {@code reader} until {@link #end()}. */
    void lend(Connection reader) {
        lent.set(reader);
    }

    /** Sends this thread's calls to the writer again. */
    void end() {
        lent.remove();
    }

    /** Whether this thread runs a read on a lent connection. */
    boolean lending() {
        return lent.get() != null;
    }

    @Override
    public @Nullable Object invoke(Object self, Method method, @Nullable Object[] args) throws Throwable {
        Connection reader = lent.get();
        try {
            return method.invoke(reader == null ? writer : reader, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause == null ? e : cause;
        }
    }
}
