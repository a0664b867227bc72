package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.bilat.search.SearchIndex;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The demo knowledge base (SQLite, see {@link DemoKnowledgeBase}) served on a free loopback port for the tests of one
 * class, as a JUnit extension on a static field ({@code @RegisterExtension static final DemoServer demo = ...}).
 */
final class DemoServer implements BeforeAllCallback, AfterAllCallback {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private @Nullable Store store;
    private @Nullable SearchIndex index;
    private @Nullable WebServer server;

    private DemoServer() {}

    /** A server started before the class's first test and stopped after its last. */
    static DemoServer perClass() {
        return new DemoServer();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Path data = DemoKnowledgeBase.dataDir();
        Store opened = Store.open(data);
        store = opened;
        index = SearchIndex.open(data);
        server = WebServer.start(opened, index, "127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        WebServer running = server;
        SearchIndex opened = index;
        Store open = store;
        if (running != null) {
            running.close();
        }
        if (opened != null) {
            opened.close();
        }
        if (open != null) {
            open.close();
        }
    }

    /** The answer to a GET of the path, as text. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The answer to a GET of the path, as bytes (a PDF, say). */
    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return CLIENT.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The JSON answer to a GET of the path, which must answer 200. */
    JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** An id as one path segment. */
    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest request(String path) {
        WebServer running = Objects.requireNonNull(server, "the server starts before the class's tests");
        return HttpRequest.newBuilder(URI.create(running.url()).resolve(path)).build();
    }
}
