package org.bilat.web;

import io.javalin.http.Handler;
import java.util.Objects;

/** One endpoint of the API (GET, or POST when it writes): its path as Javalin writes it ({@code /api/entities/{id}}) and its handler. */
record Route(String path, Handler handler, boolean write) {
    Route {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }

    /** A GET endpoint. */
    Route(String path, Handler handler) {
        this(path, handler, false);
    }
}
