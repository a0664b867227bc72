package org.bilat.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bilat.model.BilatException;
import org.bilat.search.SearchIndex;
import org.bilat.search.SearchKind;
import org.bilat.store.StaleVersion;
import org.bilat.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: the JSON API under {@code /api} and the browser UI at {@code /}. */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final String ERROR_SEEN = "bilat.error";

    private final Javalin app;
    private final String host;

    private WebServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Starts serving on host:port (port 0 picks a free one); the caller closes the store and index after. */
    public static WebServer start(Store store, SearchIndex index, String host, int port) {
        return start(store, index, host, port, Set.of());
    }

    /**
     * Starts serving on host:port for requests addressed to this machine's loopback names, to {@code host}, or to one
     * of {@code allowedHosts}; requests addressed to any other name are refused (421).
     */
    public static WebServer start(Store store, SearchIndex index, String host, int port, Set<String> allowedHosts) {
        return start(store, index, host, port, allowedHosts, false);
    }

    /** {@link #start(Store, SearchIndex, String, int, Set)}, refusing every write (403) when {@code readOnly}. */
    public static WebServer start(
            Store store, SearchIndex index, String host, int port, Set<String> allowedHosts, boolean readOnly) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(index, "index");
        if (WebServer.class.getResource("/web/index.html") == null) {
            throw new BilatException("web UI: not built (no web/index.html on the classpath); build with npm on PATH"
                    + " (mvn compile) and retry");
        }
        String openApi = openApiDescription();
        HostGuard guard = new HostGuard(host, allowedHosts);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
            config.jsonMapper(new JavalinJackson(json(), false));
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.routes.before(WebServer::secureHeaders);
            config.routes.before(guard::check);
            for (Route route : ApiRoutes.of(store, index, WriteGuard.of(readOnly))) {
                if (route.write()) {
                    config.routes.post(route.path(), route.handler());
                } else {
                    config.routes.get(route.path(), route.handler());
                }
            }
            config.routes.get(
                    ApiRoutes.OPENAPI_PATH,
                    ctx -> ctx.contentType("application/json").result(openApi));
            config.routes.exception(Refused.class, (e, ctx) -> error(ctx, e.status(), String.valueOf(e.getMessage())));
            config.routes.exception(StaleVersion.class, (e, ctx) -> error(ctx, 409, String.valueOf(e.getMessage())));
            config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, 404, String.valueOf(e.getMessage())));
            config.routes.exception(BilatException.class, (e, ctx) -> error(ctx, 400, String.valueOf(e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error");
            });
            config.routes.error(405, ctx -> error(ctx, 405, ctx.method() + ": not allowed on " + ctx.path()));
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ERROR_SEEN) == null) {
                    error(ctx, 404, ctx.path() + ": no such page");
                }
            });
        });
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            throw new BilatException(
                    host + ":" + port + ": cannot listen there (" + e.getMessage() + "); pick another port with --port",
                    e);
        }
        return new WebServer(app, host);
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Where a browser on this machine reaches the UI: {@code http://127.0.0.1:7070/}. */
    public String url() {
        String shown = host.equals("0.0.0.0") ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Jackson for the API: records as they are, search kinds in lower case ("entity"). */
    static ObjectMapper json() {
        SimpleModule lowerCaseKinds = new SimpleModule()
                .addSerializer(SearchKind.class, new StdSerializer<>(SearchKind.class) {
                    @Override
                    public void serialize(SearchKind kind, JsonGenerator out, SerializerProvider provider)
                            throws IOException {
                        out.writeString(kind.label());
                    }
                });
        return new ObjectMapper().registerModule(lowerCaseKinds);
    }

    private static void secureHeaders(Context ctx) {
        SecurityHeaders.ALL.forEach(ctx::header);
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute(ERROR_SEEN, true);
        ctx.status(status).json(Map.of("error", message, "status", status));
    }

    private static String openApiDescription() {
        try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
