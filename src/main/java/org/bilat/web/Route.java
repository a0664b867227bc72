package org.bilat.web;

import io.javalin.http.Handler;
import java.util.Objects;

/** One GET endpoint of the API: its path as Javalin writes it ({@code /api/entities/{id}}) and its handler. */
record Route(String path, Handler handler) {
    Route {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }
}
