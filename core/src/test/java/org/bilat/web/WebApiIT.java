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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bilat.model.Register;
import org.bilat.search.SearchIndex;
import org.bilat.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API over the demo dossier's knowledge base on each store engine, through real HTTP on a free port. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class WebApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    // set by startServer, which NullAway does not know as an initializer as it does @BeforeAll
    @SuppressWarnings("NullAway.Init")
    private static Store store;

    @SuppressWarnings("NullAway.Init")
    private static SearchIndex index;

    @SuppressWarnings("NullAway.Init")
    private static WebServer server;

    /** The class runs once per store engine, "sqlite" and "postgresql"; startServer takes the engine. */
    WebApiIT(String engine) {
        assertThat(engine).isIn("sqlite", "postgresql");
    }

    @BeforeParameterizedClassInvocation
    static void startServer(String engine) {
        Path data = DemoKnowledgeBase.dataDir();
        store = DemoKnowledgeBase.open(engine);
        index = SearchIndex.open(data);
        server = WebServer.start(store, index, "127.0.0.1", 0);
    }

    @AfterParameterizedClassInvocation
    static void stopServer() {
        server.close();
        index.close();
        store.close();
    }

    @Test
    void listensOnLoopbackAndServesTheUiWithAContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(server.url()).startsWith("http://127.0.0.1:");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
    }

    @Test
    void openApiDescribesExactlyTheRoutesServed() throws Exception {
        JsonNode description = json(ApiRoutes.OPENAPI_PATH);

        List<String> described = new ArrayList<>();
        description.get("paths").fieldNames().forEachRemaining(described::add);
        List<String> served = new ArrayList<>(
                ApiRoutes.of(store, index).stream().map(Route::path).toList());
        served.add(ApiRoutes.OPENAPI_PATH);
        assertThat(description.get("openapi").asText()).startsWith("3.");
        assertThat(described).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void summaryCountsEveryIngestedDocumentAndItsFacts() throws Exception {
        JsonNode summary = json("/api/summary");

        assertThat(summary.get("documents").asInt()).isEqualTo(10);
        assertThat(summary.get("facts").get("happenings").asInt()).isPositive();
        assertThat(summary.get("top")).isNotEmpty();
    }

    @Test
    void entityPageQuotesAreExactSpansOfTheirDocuments() throws Exception {
        String id = json("/api/entities?type=PRODUCT&limit=1")
                .get("entities")
                .get(0)
                .get("id")
                .asText();

        JsonNode page = json("/api/entities/" + encode(id));

        assertThat(page.get("entity").get("type").asText()).isEqualTo("PRODUCT");
        assertThat(page.get("mentions")).isNotEmpty();
        for (JsonNode mention : page.get("mentions")) {
            String text = documentText(mention.get("documentId").asText());
            assertThat(text.substring(
                            mention.get("start").asInt(), mention.get("end").asInt()))
                    .isEqualTo(mention.get("surface").asText());
            assertThat(text.substring(
                            mention.get("quoteStart").asInt(),
                            mention.get("quoteEnd").asInt()))
                    .isEqualTo(mention.get("quote").asText())
                    .contains(mention.get("surface").asText());
        }
        for (JsonNode event : page.get("events")) {
            for (JsonNode report : event.get("reports")) {
                String text = documentText(report.get("documentId").asText());
                for (JsonNode evidence : report.get("evidence")) {
                    assertThat(text.substring(
                                    evidence.get("start").asInt(),
                                    evidence.get("end").asInt()))
                            .isEqualTo(evidence.get("quote").asText());
                }
            }
        }
    }

    @Test
    void documentViewGivesTheTextWithEachMentionAtItsOffsets() throws Exception {
        String id = json("/api/documents").get("documents").get(0).get("id").asText();

        JsonNode page = json("/api/documents/" + id);

        String text = page.get("text").asText();
        assertThat(page.get("mediaType").asText()).isNotBlank();
        assertThat(page.get("mentions")).isNotEmpty();
        for (JsonNode mention : page.get("mentions")) {
            assertThat(text.substring(
                            mention.get("start").asInt(), mention.get("end").asInt()))
                    .isEqualTo(mention.get("surface").asText());
            assertThat(mention.get("entity").get("id").asText()).isNotBlank();
        }
    }

    @Test
    void documentTextComesBackAsDataEvenWhenItHoldsMarkup() throws Exception {
        String text = "";
        for (JsonNode document : json("/api/documents").get("documents")) {
            if (document.get("source").asText().equals(DemoKnowledgeBase.HOSTILE_SOURCE)) {
                text = documentText(document.get("id").asText());
            }
        }

        assertThat(text).contains("<script>", "onerror=");
    }

    @Test
    void eventsFilterByTypeAndYears() throws Exception {
        JsonNode events = json("/api/events?type=agree&from=2010&to=2030").get("events");

        assertThat(events).isNotEmpty();
        for (JsonNode event : events) {
            assertThat(event.get("type").asText()).isEqualTo("AGREE");
            assertThat(event.get("date").asText().substring(0, 4)).isBetween("2010", "2030");
            assertThat(event.get("sources")).isNotEmpty();
        }
    }

    @Test
    void searchFindsAWeaponSystemWhileItsNameIsTyped() throws Exception {
        JsonNode results = json("/api/search?q=Polo");

        List<String> entityTypes = new ArrayList<>();
        results.get("hits").forEach(hit -> entityTypes.add(hit.get("entityType").asText()));
        assertThat(entityTypes).contains("PRODUCT");
        JsonNode first = results.get("hits").get(0);
        assertThat(first.get("kind").asText()).isIn("entity", "document", "event");
        assertThat(results.get("facets").get("kind")).isNotEmpty();
    }

    @Test
    void searchFiltersByKindAndPages() throws Exception {
        JsonNode documents = json("/api/search?q=&kind=document");

        assertThat(documents.get("total").asInt()).isEqualTo(10);
        documents
                .get("hits")
                .forEach(hit -> assertThat(hit.get("kind").asText()).isEqualTo("document"));
    }

    @Test
    void graphAroundAnEntityHoldsItAndOnlyEdgesBetweenItsNodes() throws Exception {
        JsonNode graph = json("/api/graph?entity=Belarus&depth=1");

        List<String> ids = new ArrayList<>();
        graph.get("nodes").forEach(node -> ids.add(node.get("id").asText()));
        assertThat(ids).contains("belarus").hasSizeGreaterThan(1);
        for (JsonNode edge : graph.get("edges")) {
            assertThat(ids)
                    .contains(edge.get("source").asText(), edge.get("target").asText());
            assertThat(edge.get("kind").asText()).isIn("relation", "event");
        }
    }

    @Test
    void eventsAsOfADayBeforeTheIngestAreNoneAndAsOfItsLastDayAreAllWithWhenTheyEntered() throws Exception {
        JsonNode all = json("/api/events").get("events");
        List<LocalDate> days = new ArrayList<>();
        all.forEach(event -> days.add(
                LocalDate.ofInstant(Instant.parse(event.get("firstIngested").asText()), ZoneOffset.UTC)));
        LocalDate before = days.stream().min(LocalDate::compareTo).orElseThrow().minusDays(1);
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();

        assertThat(json("/api/events?asOf=" + before).get("events")).isEmpty();
        assertThat(json("/api/figures?asOf=" + before).get("figures")).isEmpty();
        assertThat(json("/api/events?asOf=" + last).get("events")).hasSize(all.size());
        HttpResponse<String> both = get("/api/events?asOf=" + last + "&asOfPublished=" + last);
        assertThat(both.statusCode()).isEqualTo(400);
    }

    @Test
    void entityPagesAsOfADayOrWithRejectedFactsComeInPagesWithTheirTotals() throws Exception {
        String id =
                json("/api/entities?limit=1").get("entities").get(0).get("id").asText();
        JsonNode now = json("/api/entities/" + encode(id));
        JsonNode all = json("/api/events").get("events");
        LocalDate before = LocalDate.ofInstant(
                        Instant.parse(all.get(0).get("firstIngested").asText()), ZoneOffset.UTC)
                .minusDays(30);

        JsonNode then = json("/api/entities/" + encode(id) + "?asOf=" + before);
        JsonNode shown = json("/api/entities/" + encode(id) + "?rejected=true");

        assertThat(then.get("events")).isEmpty();
        assertThat(then.get("totals").get("events").asInt()).isZero();
        assertThat(then.get("totals").get("relations").asInt()).isZero();
        assertThat(then.get("totals").get("figures").asInt()).isZero();
        assertThat(shown.get("totals")).isEqualTo(now.get("totals"));
        assertThat(shown.get("events")).isEqualTo(now.get("events"));
        assertThat(now.get("events").size())
                .isEqualTo(Math.min(100, now.get("totals").get("events").asInt()));
        assertThat(now.get("relations").size())
                .isEqualTo(Math.min(300, now.get("totals").get("relations").asInt()));
    }

    @Test
    void entityPageListsTheFirstPassagesOfEachRelationAndTheRelationsRouteAllOfThem() throws Exception {
        String id =
                json("/api/entities?limit=1").get("entities").get(0).get("id").asText();
        JsonNode relations = json("/api/entities/" + encode(id)).get("relations");

        assertThat(relations).isNotEmpty();
        for (JsonNode relation : relations) {
            int total = relation.get("totalPassages").asInt();
            assertThat(relation.get("passages").size()).isEqualTo(Math.min(3, total));
            JsonNode all = json("/api/relations?a="
                    + encode(relation.get("subject").get("id").asText()) + "&b="
                    + encode(relation.get("object").get("id").asText()));
            List<JsonNode> matching = new ArrayList<>();
            for (JsonNode candidate : all.get("relations")) {
                if (candidate.get("type").equals(relation.get("type"))
                        && candidate.get("title").equals(relation.get("title"))) {
                    matching.add(candidate);
                }
            }
            assertThat(matching).hasSize(1);
            JsonNode same = matching.get(0);
            assertThat(same.get("passages").size()).isEqualTo(total);
            assertThat(same.get("passages").get(0))
                    .isEqualTo(relation.get("passages").get(0));
            assertThat(same.get("review")).isEqualTo(relation.get("review"));
        }
        assertThat(get("/api/relations?a=" + encode(id)).statusCode()).isEqualTo(400);
    }

    @Test
    void searchAndGraphAsOfADayLeaveOutDocumentsThatCameLater() throws Exception {
        JsonNode all = json("/api/events").get("events");
        LocalDate before = LocalDate.ofInstant(
                        Instant.parse(all.get(0).get("firstIngested").asText()), ZoneOffset.UTC)
                .minusDays(30);
        JsonNode earlyDocuments = json("/api/search?kind=document&asOfPublished=2017-12-31");

        assertThat(json("/api/search?asOf=" + before).get("total").asLong()).isZero();
        assertThat(json("/api/graph?asOf=" + before).get("nodes")).isEmpty();
        assertThat(json("/api/graph?entity=Belarus&asOf=" + before).get("nodes"))
                .isEmpty();
        assertThat(earlyDocuments.get("total").asLong())
                .isPositive()
                .isLessThan(json("/api/search?kind=document").get("total").asLong());
        earlyDocuments
                .get("hits")
                .forEach(hit -> assertThat(hit.get("date").asText()).isLessThan("2018"));
    }

    @Test
    void indicatorsCountEveryDatedEventOnce() throws Exception {
        JsonNode indicators = json("/api/indicators");
        int dated = 0;
        for (JsonNode event : json("/api/events").get("events")) {
            dated += event.get("date").isNull() ? 0 : 1;
        }

        int counted = 0;
        for (JsonNode row : indicators.get("eventsPerYear")) {
            counted += row.get("count").asInt();
        }
        assertThat(counted).isEqualTo(dated);
        for (JsonNode series : indicators.get("figureSeries")) {
            assertThat(series.get("points").size()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void registersExportAsCsvWithTheirSources() throws Exception {
        assertThat(json("/api/registers").get("registers")).hasSize(Register.values().length);

        HttpResponse<String> csv = get("/api/registers/agreements?format=csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("bilat-agreements.csv"));
        assertThat(csv.body()).startsWith("Date,Participants,Place,Account,Sources,Quote\r\n");
        assertThat(json("/api/registers/agreements").get("rows")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/entities/no-such-entity",
                "/api/documents/0000",
                "/api/registers/treaties",
                "/api/nope",
                "/api/events?entity=no-such-entity",
                "/api/figures?entity=no-such-entity",
                "/api/graph?entity=no-such-entity"
            })
    void unknownIdsAnswer404WithAJsonMessage(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(404);
        assertThat(error.get("error").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/events?from=20x",
                "/api/events?from=2020&to=2010",
                "/api/events?type=PARTY",
                "/api/entities?limit=0",
                "/api/search?page=0",
                "/api/search?kind=people",
                "/api/search?type=bogus",
                "/api/graph?depth=9",
                "/api/registers/agreements?format=xls"
            })
    void badParametersAnswer400NamingTheParameter(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        String parameter = path.substring(path.indexOf('?') + 1, path.indexOf('='));
        assertThat(JSON.readTree(response.body()).get("error").asText()).startsWith(parameter + ": ");
    }

    private static String documentText(String id) throws Exception {
        return json("/api/documents/" + id).get("text").asText();
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
