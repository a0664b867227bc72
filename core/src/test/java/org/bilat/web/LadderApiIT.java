package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /api/ladder} over the demo dossier's knowledge base, through real HTTP on a free port. */
class LadderApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final DemoServer DEMO = DemoServer.perClass();

    @Test
    void pairOfTwoStatesGivesItsDatedStepsInOrderThenTheUndated() throws Exception {
        JsonNode pairs = json("/api/ladder?a=China&b=Belarus").get("pairs");

        assertThat(pairs).hasSize(1);
        JsonNode pair = pairs.get(0);
        assertThat(List.of(
                        pair.get("a").get("name").asText(),
                        pair.get("b").get("name").asText()))
                .containsExactlyInAnyOrder("Belarus", "China");
        List<String> dates = new ArrayList<>();
        pair.get("steps")
                .forEach(step -> dates.add(
                        step.get("date").isNull() ? "undated" : step.get("date").asText()));
        assertThat(dates).startsWith("2013-07", "2016-09-29", "2022").endsWith("undated");
        assertThat(pair.get("steps").get(0).get("label").asText()).isEqualTo("comprehensive strategic partnership");
        assertThat(pair.get("steps").get(0).get("formal").asBoolean()).isTrue();
    }

    @Test
    void everyStepQuotesAnExactSpanOfItsSourceDocument() throws Exception {
        JsonNode pairs = json("/api/ladder").get("pairs");

        assertThat(pairs).isNotEmpty();
        for (JsonNode pair : pairs) {
            for (JsonNode step : pair.get("steps")) {
                String text = json("/api/documents/"
                                + encode(step.get("documentId").asText()))
                        .get("text")
                        .asText();
                assertThat(text.substring(
                                step.get("start").asInt(), step.get("end").asInt()))
                        .isEqualTo(step.get("quote").asText());
                assertThat(step.get("source").asText()).isNotBlank();
                assertThat(step.get("rank").asInt()).isPositive();
            }
        }
    }

    @Test
    void everyStepHasExactlyTheFieldsItsSchemaDescribesAndNullOnlyWhereAllowed() throws Exception {
        JsonNode schema = json(ApiRoutes.OPENAPI_PATH)
                .get("components")
                .get("schemas")
                .get("LadderStep")
                .get("properties");
        List<String> described = new ArrayList<>();
        schema.fieldNames().forEachRemaining(described::add);

        for (JsonNode pair : json("/api/ladder").get("pairs")) {
            for (JsonNode step : pair.get("steps")) {
                List<String> fields = new ArrayList<>();
                step.fieldNames().forEachRemaining(fields::add);
                assertThat(fields).containsExactlyInAnyOrderElementsOf(described);
                fields.stream()
                        .filter(field -> step.get(field).isNull())
                        .forEach(field -> assertThat(
                                        schema.get(field).path("nullable").asBoolean())
                                .as(field)
                                .isTrue());
            }
        }
    }

    @Test
    void oneStateGivesOnlyItsOwnPairs() throws Exception {
        JsonNode pairs = json("/api/ladder?a=Belarus").get("pairs");

        assertThat(pairs).isNotEmpty();
        pairs.forEach(pair -> assertThat(List.of(
                        pair.get("a").get("id").asText(),
                        pair.get("b").get("id").asText()))
                .contains(pairs.get(0).get("a").get("id").asText()));
    }

    @Test
    void unknownStateAnswers404NamingIt() throws Exception {
        HttpResponse<String> response = get("/api/ladder?a=Belarus&b=Atlantis");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(404);
        assertThat(error.get("error").asText()).isEqualTo("Atlantis: no such entity");
    }

    private static JsonNode json(String path) throws Exception {
        return DEMO.json(path);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return DEMO.get(path);
    }

    private static String encode(String id) {
        return DemoServer.encode(id);
    }
}
