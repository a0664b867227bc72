package org.bilat.web;

import java.util.Map;

/** The headers every answer carries: no content sniffing, only the UI's own scripts, no referrer sent on. */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    static final Map<String, String> ALL = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Referrer-Policy", "no-referrer");

    private SecurityHeaders() {}
}
