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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bilat.search.SearchIndex;
import org.bilat.store.JudgementAction;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route of the OpenAPI document, asked with representative parameters and with the errors a client meets (a
 * bad or missing parameter, an unknown id, another method, a foreign Host or Origin): each answer's status and media
 * type are described for that route, and each JSON body validates against the schema the document gives for it.
 */
class ApiContractIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final ApiContract CONTRACT = ApiContract.load();
    private static Store store;
    private static SearchIndex index;
    private static WebServer server;
    private static Map<String, String> pathSamples;
    private static Map<String, List<String>> querySamples;
    private static Map<String, String> bodySamples;
    private static String token = "";

    @BeforeAll
    static void startServer() throws Exception {
        Path data = DemoKnowledgeBase.dataDir();
        store = Store.open(data);
        index = SearchIndex.open(data);
        server = WebServer.start(store, index, "127.0.0.1", 0);
        token = fetch("/api/session").get("token").asText();
        JsonNode entity = fetch("/api/entities?limit=1").get("entities").get(0);
        JsonNode document = fetch("/api/documents").get("documents").get(0);
        String factKey =
                fetch("/api/review?limit=1").get("items").get(0).get("key").asText();
        String judgement = JSON.readTree(send("/api/judgements", "POST", "/api/judgements", null, accepting(factKey))
                        .body())
                .get("id")
                .asText();
        bodySamples = Map.of(
                "/api/entities/{id}/judgements",
                "{\"action\":\"retype\",\"type\":\"" + entity.get("type").asText() + "\",\"author\":\"contract test\"}",
                "/api/facts",
                "{\"kind\":\"figure\",\"document\":\"" + document.get("id").asText()
                        + "\",\"start\":0,\"end\":20,\"author\":\"contract test\","
                        + "\"fields\":{\"value\":\"1\",\"unit\":\"KM\",\"measure\":\"contract sample\"}}",
                "/api/judgements",
                accepting(factKey),
                "/api/judgements/{id}/revert",
                "{\"author\":\"contract test\",\"reason\":\"a sample\"}");
        pathSamples = Map.of(
                "/api/entities/{id}/judgements",
                entity.get("id").asText(),
                "/api/judgements/{id}/revert",
                judgement,
                "/api/entities/{id}",
                fetch("/api/entities?limit=1").get("entities").get(0).get("id").asText(),
                "/api/documents/{id}",
                document.get("id").asText(),
                "/api/registers/{name}",
                "agreements");
        querySamples = Map.ofEntries(
                Map.entry("q", List.of("Polo")),
                Map.entry("after", List.of("2016-01-01/a")),
                Map.entry("entity", List.of("Belarus")),
                Map.entry("a", List.of("Belarus")),
                Map.entry("b", List.of("China")),
                Map.entry("pair", List.of("Belarus", "China")),
                Map.entry("measure", List.of("trade")),
                Map.entry("source", List.of(document.get("source").asText())),
                Map.entry("from", List.of("2010")),
                Map.entry("to", List.of("2030")),
                Map.entry("since", List.of("2000-01-01")),
                Map.entry("until", List.of("2030-12-31")),
                Map.entry("asOf", List.of(LocalDate.now(ZoneOffset.UTC).toString())),
                Map.entry("asOfPublished", List.of("2016-12-31")),
                Map.entry("key", List.of(factKey)));
    }

    private static String accepting(String factKey) {
        return "{\"key\":\"" + factKey + "\",\"action\":\"accept\",\"author\":\"contract test\"}";
    }

    @AfterAll
    static void stopServer() {
        // the shared demo store must not keep the sample fact for the tests after this one
        store.judgements().stream()
                .filter(j -> j.action() == JudgementAction.ADD && j.author().equals("contract test"))
                .forEach(j -> store.revert(j.id(), "contract test", "sample withdrawn"));
        server.close();
        index.close();
        store.close();
    }

    @Test
    void swaggerParserAcceptsTheDocument() {
        assertThat(CONTRACT.parserMessages()).isEmpty();
    }

    @Test
    void theDocumentAllowsNullOnlyBesideAType() {
        assertThat(CONTRACT.nullableWithoutType()).isEmpty();
    }

    @Test
    void everyAnswerOfEveryRouteConformsToTheDocument() throws Exception {
        List<String> findings = new ArrayList<>();
        Set<String> statuses = new TreeSet<>();
        for (Iterator<String> paths = CONTRACT.document().get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            List<ApiContract.Answer> answers = walk(path);
            assertThat(answers)
                    .as(path + ": no representative request succeeded")
                    .anyMatch(a -> a.status() / 100 == 2);
            answers.forEach(a -> findings.addAll(CONTRACT.check(a)));
            answers.forEach(a -> statuses.add(String.valueOf(a.status())));
        }
        assertThat(findings).isEmpty();
        assertThat(statuses).contains("200", "400", "403", "404", "405", "421");
    }

    @Test
    void aNullWhereTheDocumentAllowsNoneIsAFinding() {
        ApiContract.Answer answer = new ApiContract.Answer(
                "/api/events", "GET", "/api/events", 200, "application/json", "{\"events\":[{\"id\":null}]}");

        assertThat(CONTRACT.check(answer)).singleElement().asString().contains("/events/0/id");
    }

    @Test
    void aFieldTheDocumentDoesNotDescribeIsAFinding() {
        ApiContract.Answer answer =
                new ApiContract.Answer("/api/summary", "GET", "/api/summary", 200, "application/json", "{\"x\":1}");

        assertThat(CONTRACT.check(answer)).singleElement().asString().contains("x");
    }

    @Test
    void aStatusTheRouteDoesNotDescribeIsAFinding() {
        ApiContract.Answer answer = new ApiContract.Answer(
                "/api/summary", "GET", "/api/summary", 418, "application/json", "{\"error\":\"tea\",\"status\":418}");

        assertThat(CONTRACT.check(answer)).containsExactly("GET /api/summary -> 418: status not described");
    }

    /** The answers of one route to its representative requests, its error requests, and the guard's refusals. */
    private static List<ApiContract.Answer> walk(String path) throws Exception {
        List<ApiContract.Answer> answers = new ArrayList<>();
        for (Iterator<String> methods =
                        CONTRACT.document().get("paths").get(path).fieldNames();
                methods.hasNext(); ) {
            String method = methods.next();
            if (METHODS.contains(method)) {
                for (String query : RequestSamples.queries(CONTRACT.document(), path, method, querySamples)) {
                    String uri = fill(path, pathValue(path)) + query;
                    answers.add(send(path, method.toUpperCase(Locale.ROOT), uri, null, bodySamples.get(path)));
                }
            }
        }
        String uri = fill(path, pathValue(path));
        if (path.contains("{")) {
            answers.add(send(path, "GET", fill(path, "no-such-thing"), null, null));
            answers.add(send(path, "POST", fill(path, "no-such-thing"), null, bodySamples.get(path)));
        }
        answers.add(send(path, "POST", uri, null, null));
        answers.add(send(path, "GET", uri, "https://attacker.example.com", null));
        answers.add(misdirected(path, uri));
        return answers;
    }

    private static String pathValue(String path) {
        String value = path.contains("{") ? pathSamples.get(path) : "";
        if (value == null) {
            throw new AssertionError(path + ": add a sample value for its path parameter");
        }
        return value;
    }

    private static String fill(String path, String value) {
        return path.replaceAll("\\{[^}]+}", URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** One request; a JSON {@code body} is sent only with a POST. */
    private static ApiContract.Answer send(
            String path, String method, String uri, @Nullable String origin, @Nullable String body)
            throws IOException, InterruptedException {
        boolean withBody = body != null && method.equals("POST");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + uri))
                .method(
                        method,
                        withBody
                                ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
                                : HttpRequest.BodyPublishers.noBody());
        if (withBody) {
            request.header("Content-Type", "application/json");
        }
        if (method.equals("POST")) {
            request.header("X-Bilat-Token", token);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        HttpResponse<String> response =
                CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        return new ApiContract.Answer(path, method, uri, response.statusCode(), contentType, response.body());
    }

    private static ApiContract.Answer misdirected(String path, String uri) throws IOException {
        RawHttp answer = RawHttp.get(server.port(), uri, "attacker.example.com");
        return new ApiContract.Answer(
                path, "GET", uri, answer.status(), answer.header("Content-Type"), answer.content());
    }

    private static JsonNode fetch(String uri) throws Exception {
        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + uri))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return JSON.readTree(response.body());
    }
}
