package org.bilat.web;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Checks a write before it is made: a browser's cross-site request (whose Origin is another site's) is refused with
 * 403, and a body that is not {@code application/json} with 415, which also keeps out the form posts a page elsewhere
 * can send without asking.
 */
final class WriteGuard {
    private WriteGuard() {}

    static void check(Context ctx) {
        String origin = ctx.header("Origin");
        String own = ctx.scheme() + "://" + ctx.host();
        if (origin != null && !origin.equalsIgnoreCase(own)) {
            throw new Refused(
                    403,
                    "Origin: " + origin + " is not this server (" + own + "); writes come only from"
                            + " Bilat's own pages");
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Refused(415, "Content-Type: " + type + " is not application/json");
        }
    }

    /** A write refused before it reached the store, with its HTTP status. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
