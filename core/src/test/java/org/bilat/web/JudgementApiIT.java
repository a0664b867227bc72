package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Evidence;
import org.bilat.model.Extraction;
import org.bilat.model.Mention;
import org.bilat.model.Quantity;
import org.bilat.search.SearchIndex;
import org.bilat.search.SearchKind;
import org.bilat.search.SearchRecord;
import org.bilat.store.Store;
import org.bilat.store.TimelineFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review routes over a one-document knowledge base built by hand (no models), through real HTTP. */
class JudgementApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String TEXT = "The Falcon-3 has a range of up to 200 km. The Falcon III is its export name.";

    @TempDir
    Path dir;

    private Store store;
    private SearchIndex index;
    private WebServer server;

    @BeforeEach
    void startServer() {
        store = Store.open(dir);
        store.save(falcon());
        index = SearchIndex.open(dir);
        server = WebServer.start(store, index, "127.0.0.1", 0);
    }

    @AfterEach
    void stopServer() {
        server.close();
        index.close();
        store.close();
    }

    private static Extraction falcon() {
        Document document = new Document(
                "falcon.txt", "/in/falcon.txt", "ab12cd34ef56ab78", "text/plain", TEXT, null, null, null, null);
        int at = TEXT.indexOf("Falcon-3");
        Entity falcon = new Entity(
                "falcon",
                "Falcon-3",
                EntityType.PRODUCT,
                List.of("Falcon-3"),
                List.of(new Mention(at, at + 8, "Falcon-3", EntityType.PRODUCT)));
        int three = TEXT.indexOf("Falcon III");
        Entity export = new Entity(
                "falcon-iii",
                "Falcon III",
                EntityType.PRODUCT,
                List.of("Falcon III"),
                List.of(new Mention(three, three + 10, "Falcon III", EntityType.PRODUCT)));
        int range = TEXT.indexOf("a range");
        Quantity quantity = new Quantity(
                200,
                "KM",
                "range",
                "up to",
                List.of("falcon"),
                null,
                Evidence.of(TEXT, range, TEXT.indexOf(" km.") + 3));
        return new Extraction(
                document, List.of(falcon, export), List.of(), List.of(quantity), List.of(), List.of(), List.of());
    }

    private String figureKey() throws Exception {
        return get("/api/review").get("items").get(0).get("key").asText();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> answer = CLIENT.send(
                HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> post(String path, String contentType, String origin, String body) throws Exception {
        return post(
                server,
                path,
                contentType,
                origin,
                body,
                get("/api/session").get("token").asText());
    }

    private static HttpResponse<String> post(
            WebServer to, String path, String contentType, String origin, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(to.url() + path.substring(1)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!origin.isEmpty()) {
            request.header("Origin", origin);
        }
        if (!token.isEmpty()) {
            request.header("X-Bilat-Token", token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String own() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Adds a fact of this kind by hand from the quote "The Falcon III is its export name", with these fields. */
    private HttpResponse<String> addFromTheExportName(String kind, String fields) throws Exception {
        String words = "The Falcon III is its export name";
        int at = TEXT.indexOf(words);
        return post(
                "/api/facts",
                "application/json",
                own(),
                "{\"kind\": \"" + kind + "\", \"document\": \"ab12cd34ef56ab78\", \"start\": " + at + ", \"end\": "
                        + (at + words.length()) + ", \"author\": \"ana\", \"fields\": " + fields + "}");
    }

    private HttpResponse<String> reject(String key) throws Exception {
        return post(
                "/api/judgements",
                "application/json",
                own(),
                "{\"key\": \"" + key + "\", \"action\": \"reject\", \"author\": \"ana\"}");
    }

    @Test
    void anEditPostedFromTheOwnPageIsAppliedAndInTheHistory() throws Exception {
        String key = figureKey();

        HttpResponse<String> answer = post(
                "/api/judgements",
                "application/json",
                own(),
                "{\"key\": \"" + key + "\", \"action\": \"edit\", \"fields\": {\"value\": 250, \"date\": \"2016\"},"
                        + " \"author\": \"ana\", \"reason\": \"the manual says 250\"}");

        assertThat(answer.statusCode()).isEqualTo(201);
        JsonNode judgement = JSON.readTree(answer.body());
        assertThat(judgement.get("before").get("value").asText()).isEqualTo("200");
        JsonNode figure = get("/api/figures").get("figures").get(0);
        assertThat(figure.get("value").asDouble()).isEqualTo(250);
        assertThat(figure.get("date").asText()).isEqualTo("2016");
        JsonNode history = get("/api/history?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        assertThat(history.get("judgements").get(0).get("author").asText()).isEqualTo("ana");
        assertThat(history.get("orphaned").asBoolean()).isFalse();
        assertThat(get("/api/review").get("total").asInt()).isZero();

        String id = judgement.get("id").asText();
        HttpResponse<String> revert =
                post("/api/judgements/" + id + "/revert", "application/json", "", "{\"author\": \"ana\"}");
        assertThat(revert.statusCode()).isEqualTo(201);
        assertThat(get("/api/figures").get("figures").get(0).get("value").asDouble())
                .isEqualTo(200);
    }

    @Test
    void aRejectedFigureLeavesTheListUnlessAskedForAndEveryFigureSaysItsReview() throws Exception {
        assertThat(get("/api/figures").get("figures").get(0).get("review").asText())
                .isEqualTo("unreviewed");

        HttpResponse<String> answer = reject(figureKey());

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(get("/api/figures").get("figures")).isEmpty();
        JsonNode shown = get("/api/figures?rejected=true").get("figures");
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).get("review").asText()).isEqualTo("rejected");
    }

    @Test
    void aRejectedMakerLeavesTheProductsRegisterUnlessAskedFor() throws Exception {
        HttpResponse<String> added = addFromTheExportName(
                "relation", "{\"type\": \"PRODUCED_BY\", \"subject\": \"Falcon III\", \"object\": \"falcon\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        HttpResponse<String> rejected =
                reject(JSON.readTree(added.body()).get("key").asText());

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(201);
        assertThat(producersOf("Falcon III", "")).isEmpty();
        assertThat(producersOf("Falcon III", "?rejected=true")).isEqualTo("Falcon-3");
        JsonNode fact = row("Falcon III", "?rejected=true").get("facts").get(0);
        assertThat(fact.get("review").asText()).isEqualTo("rejected");
    }

    private String producersOf(String product, String query) throws Exception {
        return row(product, query).get("cells").get(1).asText();
    }

    private JsonNode row(String product, String query) throws Exception {
        for (JsonNode row : get("/api/registers/products" + query).get("rows")) {
            if (row.get("cells").get(0).asText().equals(product)) {
                return row;
            }
        }
        throw new AssertionError(product + ": not in the products register");
    }

    @Test
    void anEntityPageReadBeforeAJudgementIsReadAgainAfterIt() throws Exception {
        assertThat(get("/api/entities/falcon").get("figures")).hasSize(1);

        HttpResponse<String> answer = reject(figureKey());

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(get("/api/entities/falcon").get("figures")).isEmpty();
        assertThat(get("/api/entities/falcon?rejected=true").get("figures")).hasSize(1);
    }

    @Test
    void anEventEveryAccountOfWhichIsRejectedIsNotFoundUnlessAskedForAndThenSaysSo() throws Exception {
        HttpResponse<String> added = addFromTheExportName("event", "{\"type\": \"MEET\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        indexEvents();
        assertThat(eventSearch("").get("hits").get(0).get("review").asText()).isEqualTo("added");

        HttpResponse<String> rejected =
                reject(JSON.readTree(added.body()).get("key").asText());

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(201);
        JsonNode hidden = eventSearch("");
        assertThat(hidden.get("total").asInt()).isZero();
        assertThat(hidden.get("facets").get("kind")).isEmpty();
        JsonNode shown = eventSearch("&rejected=true");
        assertThat(shown.get("total").asInt()).isEqualTo(1);
        assertThat(shown.get("hits").get(0).get("review").asText()).isEqualTo("rejected");
    }

    /** Indexes the store's happenings as the search index holds events, each under its happening id. */
    private void indexEvents() {
        SearchIndex.rebuild(
                dir,
                store.timeline(TimelineFilter.all()).stream()
                        .map(row -> new SearchRecord(
                                SearchKind.EVENT,
                                row.id(),
                                row.type() + " · " + row.summary(),
                                TEXT,
                                null,
                                row.type().name(),
                                row.date(),
                                List.of(),
                                row.sources()))
                        .toList());
    }

    private JsonNode eventSearch(String query) throws Exception {
        return get("/api/search?q=export&kind=event" + query);
    }

    @Test
    void asOfADayBeforeAJudgementTheFigureIsAsTheMachineReadIt() throws Exception {
        stopServer();
        Path earlier = dir.resolve("earlier");
        try (Store ingest = Store.open(earlier, Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC))) {
            ingest.save(falcon());
        }
        store = Store.open(earlier);
        index = SearchIndex.open(earlier);
        server = WebServer.start(store, index, "127.0.0.1", 0);

        HttpResponse<String> edit = post(
                "/api/judgements",
                "application/json",
                own(),
                "{\"key\": \"" + figureKey() + "\", \"action\": \"edit\", \"fields\": {\"value\": 250},"
                        + " \"author\": \"ana\"}");

        assertThat(edit.statusCode()).isEqualTo(201);
        JsonNode then = get("/api/figures?asOf=2026-03-02").get("figures").get(0);
        JsonNode now = get("/api/figures").get("figures").get(0);
        assertThat(List.of(then.get("value").asDouble(), now.get("value").asDouble()))
                .containsExactly(200.0, 250.0);
        assertThat(List.of(then.get("review").asText(), now.get("review").asText()))
                .containsExactly("unreviewed", "edited");
        JsonNode page = get("/api/entities/falcon?asOf=2026-03-02");
        assertThat(page.get("figures").get(0).get("value").asDouble()).isEqualTo(200.0);
    }

    @Test
    void aRelationAddedByHandFromAQuoteShowsOnBothEndsPagesAndAnUnknownEndIsA400() throws Exception {
        String words = "The Falcon III is its export name";
        int at = TEXT.indexOf(words);
        String span = "\"document\": \"ab12cd34ef56ab78\", \"start\": " + at + ", \"end\": " + (at + words.length());

        HttpResponse<String> added = post(
                "/api/facts",
                "application/json",
                own(),
                "{\"kind\": \"relation\", " + span + ", \"author\": \"ana\", \"fields\": {\"type\": \"PART_OF\","
                        + " \"subject\": \"Falcon III\", \"object\": \"falcon\", \"title\": \"export name\"}}");
        HttpResponse<String> unknown = post(
                "/api/facts",
                "application/json",
                own(),
                "{\"kind\": \"relation\", " + span + ", \"author\": \"ana\", \"fields\": {\"type\": \"PART_OF\","
                        + " \"subject\": \"Falcon III\", \"object\": \"Atlantis\"}}");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(JSON.readTree(added.body()).get("key").asText())
                .contains(":PART_OF:")
                .endsWith("#hand");
        JsonNode relation = get("/api/entities/falcon").get("relations").get(0);
        assertThat(relation.get("subject").get("id").asText()).isEqualTo("falcon-iii");
        assertThat(relation.get("title").asText()).isEqualTo("export name");
        assertThat(relation.get("review").asText()).isEqualTo("added");
        assertThat(get("/api/entities/falcon-iii").get("relations")).hasSize(1);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("error").asText()).isEqualTo("object: Atlantis: no such entity");
    }

    @Test
    void aCrossSitePostIsRefusedAndStoresNothing() throws Exception {
        String body = "{\"key\": \"" + figureKey() + "\", \"action\": \"reject\", \"author\": \"x\"}";

        HttpResponse<String> foreign = post("/api/judgements", "application/json", "http://evil.example.com", body);
        HttpResponse<String> form = post("/api/judgements", "text/plain", own(), body);

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("Origin: http://evil.example.com");
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(form.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(store.judgements()).isEmpty();
    }

    @Test
    void anInvalidBodyIsA400NamingTheField() throws Exception {
        String key = figureKey();

        HttpResponse<String> noAuthor = post(
                "/api/judgements", "application/json", own(), "{\"key\": \"" + key + "\", \"action\": \"accept\"}");
        HttpResponse<String> badField = post(
                "/api/judgements",
                "application/json",
                own(),
                "{\"key\": \"" + key
                        + "\", \"action\": \"edit\", \"author\": \"a\", \"fields\": {\"colour\": \"red\"}}");
        HttpResponse<String> notJson = post("/api/judgements", "application/json", own(), "{key:");

        assertThat(noAuthor.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noAuthor.body()).get("error").asText())
                .isEqualTo("author: required, a non-empty string");
        assertThat(JSON.readTree(badField.body()).get("error").asText()).startsWith("colour: not a field of a figure");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).get("error").asText()).startsWith("body: not JSON");
        assertThat(store.judgements()).isEmpty();
    }

    @Test
    void aWriteWithoutThisServersTokenIsRefusedAndWithItIsMade() throws Exception {
        String body = "{\"key\": \"" + figureKey() + "\", \"action\": \"accept\", \"author\": \"ana\"}";

        HttpResponse<String> none = post(server, "/api/judgements", "application/json", own(), body, "");
        HttpResponse<String> wrong = post(server, "/api/judgements", "application/json", own(), body, "0123abcd");

        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(none.body()).get("error").asText()).startsWith("X-Bilat-Token: missing");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(store.judgements()).isEmpty();
        assertThat(get("/api/session").get("readOnly").asBoolean()).isFalse();
        assertThat(post("/api/judgements", "application/json", own(), body).statusCode())
                .isEqualTo(201);
        assertThat(store.judgements()).hasSize(1);
    }

    @Test
    void aReadOnlyServerRefusesEveryWrite() throws Exception {
        try (WebServer readOnly = WebServer.start(store, index, "127.0.0.1", 0, java.util.Set.of(), true)) {
            String token = JSON.readTree(CLIENT.send(
                                    HttpRequest.newBuilder(URI.create(readOnly.url() + "api/session"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body())
                    .get("token")
                    .asText();
            String body = "{\"key\": \"" + figureKey() + "\", \"action\": \"accept\", \"author\": \"ana\"}";

            HttpResponse<String> judge = post(readOnly, "/api/judgements", "application/json", "", body, token);
            HttpResponse<String> merge = post(
                    readOnly,
                    "/api/entities/falcon/judgements",
                    "application/json",
                    "",
                    "{\"action\": \"merge\", \"others\": [\"falcon-iii\"], \"author\": \"ana\"}",
                    token);

            assertThat(judge.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(judge.body()).get("error").asText()).contains("read-only");
            assertThat(merge.statusCode()).isEqualTo(403);
            assertThat(store.judgements()).isEmpty();
        }
    }

    @Test
    void aWriteNamingAStaleVersionGets409() throws Exception {
        String key = figureKey();
        JsonNode figure = get("/api/figures").get("figures").get(0);
        assertThat(figure.get("key").asText()).isEqualTo(key);
        int read = figure.get("version").asInt();
        String accept =
                "{\"key\": \"" + key + "\", \"action\": \"accept\", \"author\": \"bo\", \"version\": " + read + "}";
        assertThat(post("/api/judgements", "application/json", own(), accept).statusCode())
                .isEqualTo(201);

        HttpResponse<String> stale = post(
                "/api/judgements",
                "application/json",
                own(),
                "{\"key\": \"" + key + "\", \"action\": \"reject\", \"author\": \"ana\", \"version\": " + read + "}");

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).get("error").asText()).contains("changed since it was read");
        assertThat(get("/api/history?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8))
                        .get("version")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aQueueItemCarriesItsVersionSoThatAJudgementFromAStaleQueueGets409() throws Exception {
        JsonNode item = get("/api/review").get("items").get(0);
        String key = item.get("key").asText();
        int read = item.get("version").asInt();
        String accept = "{\"key\": \"" + key + "\", \"action\": \"accept\", \"author\": \"bo\"}";
        String id = JSON.readTree(post("/api/judgements", "application/json", own(), accept)
                        .body())
                .get("id")
                .asText();
        post("/api/judgements/" + id + "/revert", "application/json", own(), "{\"author\": \"bo\"}");
        JsonNode again = get("/api/review").get("items").get(0);

        HttpResponse<String> stale = post(
                "/api/judgements",
                "application/json",
                own(),
                "{\"key\": \"" + key + "\", \"action\": \"reject\", \"author\": \"ana\", \"version\": " + read + "}");

        assertThat(List.of(read, again.get("key").asText(), again.get("version").asInt()))
                .containsExactly(0, key, 2);
        assertThat(stale.statusCode()).isEqualTo(409);
    }

    @Test
    void aRevertFromAStaleEntityHistoryGets409AndFromTheCurrentOneIsMade() throws Exception {
        HttpResponse<String> rename = post(
                "/api/entities/falcon/judgements",
                "application/json",
                own(),
                "{\"action\": \"rename\", \"name\": \"Falcon 3\", \"author\": \"ana\"}");
        String renameId = JSON.readTree(rename.body()).get("id").asText();
        JsonNode history = get("/api/history?entity=falcon");
        int read = history.get("version").asInt();
        post(
                "/api/entities/falcon/judgements",
                "application/json",
                own(),
                "{\"action\": \"retype\", \"type\": \"ORG\", \"author\": \"bo\", \"version\": " + read + "}");
        String revert = "{\"author\": \"ana\", \"version\": %d}";

        HttpResponse<String> stale =
                post("/api/judgements/" + renameId + "/revert", "application/json", own(), revert.formatted(read));
        HttpResponse<String> current = post(
                "/api/judgements/" + renameId + "/revert",
                "application/json",
                own(),
                revert.formatted(
                        get("/api/history?entity=falcon").get("version").asInt()));

        assertThat(List.of(read, stale.statusCode(), current.statusCode())).containsExactly(1, 409, 201);
        assertThat(get("/api/entities/falcon").get("entity").get("name").asText())
                .isEqualTo("Falcon-3");
    }

    @Test
    void aMergePostedForAnEntityShowsBothSpellingsOnOnePageAndTheOldIdLeadsThere() throws Exception {
        HttpResponse<String> merge = post(
                "/api/entities/falcon/judgements",
                "application/json",
                own(),
                "{\"action\": \"merge\", \"others\": [\"Falcon III\"], \"author\": \"ana\", \"version\": 0}");

        assertThat(merge.statusCode()).as(merge.body()).isEqualTo(201);
        assertThat(JSON.readTree(merge.body()).get("action").asText()).isEqualTo("MERGE");
        JsonNode page = get("/api/entities/falcon-iii");
        assertThat(page.get("entity").get("id").asText()).isEqualTo("falcon");
        assertThat(page.get("entity").get("aliases").toString()).contains("Falcon III");
        JsonNode history = get("/api/history?entity=falcon-iii");
        assertThat(history.get("entity").asText()).isEqualTo("falcon");
        assertThat(history.get("version").asInt()).isEqualTo(1);
        HttpResponse<String> unknown = post(
                "/api/entities/nothing/judgements",
                "application/json",
                own(),
                "{\"action\": \"rename\", \"name\": \"x\", \"author\": \"ana\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void aFigureAddedByHandFromAQuoteIsListedAsAddedAndABadSpanIsA400() throws Exception {
        String id = "ab12cd34ef56ab78";
        int at = TEXT.indexOf("Falcon-3 has");
        String span = "\"start\": " + at + ", \"end\": " + (at + "Falcon-3 has".length());

        HttpResponse<String> added = post(
                "/api/facts",
                "application/json",
                own(),
                "{\"kind\": \"figure\", \"document\": \"" + id + "\", " + span + ", \"author\": \"ana\","
                        + " \"fields\": {\"value\": 3, \"unit\": \"count\", \"measure\": \"prototypes\"}}");
        HttpResponse<String> outside = post(
                "/api/facts",
                "application/json",
                own(),
                "{\"kind\": \"event\", \"document\": \"" + id + "\", \"start\": 5, \"end\": 9999,"
                        + " \"author\": \"ana\", \"fields\": {\"type\": \"MEET\"}}");
        HttpResponse<String> foreign = post("/api/facts", "application/json", "http://evil.example.com", "{}");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(JSON.readTree(added.body()).get("key").asText()).endsWith("#hand");
        JsonNode figures = get("/api/figures?measure=prototypes").get("figures");
        assertThat(figures).hasSize(1);
        assertThat(figures.get(0).get("review").asText()).isEqualTo("added");
        assertThat(figures.get(0).get("evidence").get("quote").asText()).isEqualTo("Falcon-3 has");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(outside.body()).get("error").asText())
                .isEqualTo("start, end: 5-9999 is not a span of the document's " + TEXT.length() + " characters");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(store.judgements()).hasSize(1);
    }
}
