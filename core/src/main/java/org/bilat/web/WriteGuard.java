package org.bilat.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Checks a write before it is made: a server started read-only refuses it (403); a browser's cross-site request
 * (whose Origin is another site's) is refused with 403, and so is one without this server's token in the
 * {@code X-Bilat-Token} header, which only Bilat's own page can read (GET /api/session, same origin, no CORS); a body
 * that is not {@code application/json} gets 415, which also keeps out the form posts a page elsewhere can send.
 */
final class WriteGuard {
    static final String TOKEN_HEADER = "X-Bilat-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private final boolean readOnly;

    private WriteGuard(String token, boolean readOnly) {
        this.token = token;
        this.readOnly = readOnly;
    }

    /** A guard with a new random token. */
    static WriteGuard of(boolean readOnly) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return new WriteGuard(HexFormat.of().formatHex(bytes), readOnly);
    }

    String token() {
        return token;
    }

    boolean readOnly() {
        return readOnly;
    }

    void check(Context ctx) {
        if (readOnly) {
            throw new Refused(403, "this server is read-only (serve --read-only); it makes no writes");
        }
        OriginCheck.fromOwnPage(ctx);
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Refused(415, "Content-Type: " + type + " is not application/json");
        }
        if (!MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8),
                String.valueOf(ctx.header(TOKEN_HEADER)).getBytes(StandardCharsets.UTF_8))) {
            throw new Refused(
                    403, TOKEN_HEADER + ": missing or not this server's; Bilat's own page sends it (GET /api/session)");
        }
    }
}
