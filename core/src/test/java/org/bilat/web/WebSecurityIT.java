package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.bilat.search.SearchIndex;
import org.bilat.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a hostile page or client can send the server: forged Host and Origin headers (DNS rebinding), requests Jetty
 * itself rejects, other methods, and query text that looks like SQL patterns. Every answer is JSON with the security
 * headers.
 */
class WebSecurityIT {
    private static final String ALLOWED_NAME = "bilat.example.net";
    private static Store store;
    private static SearchIndex index;
    private static WebServer server;
    private static int port;

    @BeforeAll
    static void startServer() {
        Path data = DemoKnowledgeBase.dataDir();
        store = Store.open(data);
        index = SearchIndex.open(data);
        server = WebServer.start(store, index, "127.0.0.1", 0, Set.of(ALLOWED_NAME));
        port = server.port();
    }

    @AfterAll
    static void stopServer() {
        server.close();
        index.close();
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/summary", "/api/entities", "/", "/api/openapi.json"})
    void aRequestForAnotherSitesNameIsRefusedAsDnsRebindingWouldSendIt(String path) throws IOException {
        RawHttp answer = RawHttp.get(port, path, "attacker.example.com:" + port);

        assertThat(answer.status()).isEqualTo(421);
        assertJsonError(answer, 421);
        assertThat(answer.body()).contains("attacker.example.com").doesNotContain("\"documents\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "[::1]", "LOCALHOST", ALLOWED_NAME})
    void loopbackNamesAndAllowedNamesAreServed(String host) throws IOException {
        RawHttp answer = RawHttp.get(port, "/api/summary", host + ":" + port);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"documents\"");
    }

    @Test
    void aCrossSiteOriginIsRefusedAndTheOwnOriginServed() throws IOException {
        RawHttp foreign =
                RawHttp.get(port, "/api/summary", "127.0.0.1:" + port, "Origin: https://attacker.example.com");
        RawHttp own = RawHttp.get(port, "/api/summary", "127.0.0.1:" + port, "Origin: http://127.0.0.1:" + port);

        assertThat(foreign.status()).isEqualTo(403);
        assertJsonError(foreign, 403);
        assertThat(foreign.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(own.status()).isEqualTo(200);
    }

    @Test
    void requestsJettyRejectsItselfAnswerInTheApisJsonShape() throws IOException {
        String host = "Host: 127.0.0.1:" + port + "\r\n";
        RawHttp noHost = RawHttp.get(port, "/api/summary", null);
        RawHttp badPath = RawHttp.get(port, "/api/%", "127.0.0.1");
        RawHttp longUri = RawHttp.get(port, "/api/search?q=" + "a".repeat(100_000), "127.0.0.1");
        RawHttp bigHeader = RawHttp.get(port, "/api/summary", "127.0.0.1", "X-Filler: " + "b".repeat(100_000));
        RawHttp badVersion = RawHttp.send(port, "GET /api/summary HTTP/3.7\r\n" + host + "\r\n");

        assertJsonError(noHost, 400);
        assertJsonError(badPath, 400);
        assertJsonError(longUri, 414);
        assertJsonError(bigHeader, 431);
        assertJsonError(badVersion, 505);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void otherMethodsThanGetAnswer405WithAllow(String method) throws IOException {
        RawHttp answer = RawHttp.send(
                port,
                method + " /api/summary HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        assertJsonError(answer, 405);
        assertThat(answer.header("Allow")).contains("GET");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/api/entities?q=%25", "/api/entities?q=_", "/api/entities?q=%21", "/api/figures?measure=%25"})
    void patternSignsInQueriesMatchLiterallyNotAsWildcards(String path) throws IOException {
        RawHttp answer = RawHttp.get(port, path, "127.0.0.1");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).matches("(?s).*\"(entities|figures)\":\\[\\].*");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws IOException {
        for (String path : new String[] {"/", "/app/js/api.js", "/api/summary", "/api/nope", "/api/events?from=x"}) {
            RawHttp answer = RawHttp.get(port, path, "127.0.0.1");
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.header("Content-Security-Policy")).as(path).contains("default-src 'self'");
            assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
    }

    private static void assertJsonError(RawHttp answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.body()).contains("\"status\":" + status).contains("\"error\":");
        assertThat(answer.body()).doesNotContain("<html", "Exception", "/work/", "at org.");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Content-Security-Policy")).contains("default-src 'self'");
    }
}
