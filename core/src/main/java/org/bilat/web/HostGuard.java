package org.bilat.web;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Refuses requests addressed to a name the server was not started for, which is how a page on another site reads a
 * local server through DNS rebinding: its browser sends that site's name as Host. Loopback names, the address the
 * server listens on and the names given with {@code --allow-host} pass; when it listens on every address, so do IP
 * literals, which no rebinding can forge. A cross-site Origin is refused the same way.
 */
final class HostGuard {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");
    private static final Set<String> ANY_ADDRESS = Set.of("0.0.0.0", "::");

    private final Set<String> allowed = new HashSet<>(LOOPBACK);
    private final boolean anyAddress;

    HostGuard(String listenHost, Set<String> extraHosts) {
        String own = bare(listenHost);
        anyAddress = ANY_ADDRESS.contains(own);
        allowed.add(own);
        extraHosts.forEach(h -> allowed.add(bare(h)));
    }

    /** Throws {@link Refused} when the request's Host or Origin names a host this server does not answer for. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || host.isBlank()) {
            throw new Refused(400, "Host: missing; a request must name the host it is for");
        }
        if (!allows(hostOf(host))) {
            throw new Refused(
                    421, "Host: " + host + " is not served here; start bilat serve with --allow-host to allow it");
        }
        OriginCheck.fromServedHost(ctx, this::allows);
    }

    boolean allows(@Nullable String host) {
        if (host == null) {
            return false;
        }
        String name = bare(host);
        return allowed.contains(name) || (anyAddress && isIpLiteral(name));
    }

    /** The host part of a Host header: "example.org:7070" gives "example.org", "[::1]:7070" gives "::1". */
    static @Nullable String hostOf(String header) {
        String value = header.strip();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            return close < 0 ? null : value.substring(1, close);
        }
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }

    private static String bare(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static boolean isIpLiteral(String host) {
        return host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || (host.contains(":") && host.matches("[0-9a-f:.]+"));
    }
}
