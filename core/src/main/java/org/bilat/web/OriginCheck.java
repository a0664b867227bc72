package org.bilat.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The one check of a request's Origin header, the browser's word for which page sent it: any request's must name a
 * host the server answers for (or be "null", an opaque origin), and a write's must be exactly this server's own.
 */
final class OriginCheck {
    private OriginCheck() {}

    /** Refuses (403) a request whose Origin names a host the server does not answer for. */
    static void fromServedHost(Context ctx, Predicate<@Nullable String> served) {
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null") && !served.test(host(origin))) {
            throw new Refused(403, "Origin: " + origin + " may not use this server");
        }
    }

    /** Refuses (403) a write whose Origin, when sent, is not this server's own scheme, host and port. */
    static void fromOwnPage(Context ctx) {
        String origin = ctx.header("Origin");
        String own = ctx.scheme() + "://" + ctx.host();
        if (origin != null && !origin.equalsIgnoreCase(own)) {
            throw new Refused(
                    403,
                    "Origin: " + origin + " is not this server (" + own + "); writes come only from"
                            + " Bilat's own pages");
        }
    }

    private static @Nullable String host(String origin) {
        try {
            String host = URI.create(origin.strip()).getHost();
            return host == null ? null : host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
