package org.bilat.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Query strings for one operation of the OpenAPI document, read from its parameters: none at all, the required ones
 * alone, then each parameter in turn with representative values (every value of a short enum, a sample per name
 * otherwise) and with a value no route accepts. A parameter with neither an enum nor a sample fails the test that
 * asks, so a new parameter cannot go unexercised.
 */
final class RequestSamples {
    /** A value no parameter of the API accepts as a known one. */
    static final String UNKNOWN = "no-such-thing";

    private static final int FEW_ENUM_VALUES = 5;

    private RequestSamples() {}

    static List<String> queries(JsonNode document, String path, String method, Map<String, List<String>> samples) {
        List<JsonNode> parameters = new ArrayList<>();
        document.path("paths").path(path).path(method).path("parameters").forEach(p -> {
            if (p.path("in").asText().equals("query")) {
                parameters.add(p);
            }
        });
        String required = required(parameters, path, samples);
        Set<String> queries = new LinkedHashSet<>(List.of("", required));
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asText();
            for (List<String> values : values(parameter, path, samples)) {
                queries.add(required + pairs(name, values));
            }
        }
        return queries.stream()
                .map(q -> q.isEmpty() ? "" : "?" + q.substring(1))
                .toList();
    }

    private static String required(List<JsonNode> parameters, String path, Map<String, List<String>> samples) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            if (parameter.path("required").asBoolean()) {
                query.append(pairs(parameter.get("name").asText(), sample(parameter, path, samples)));
            }
        }
        return query.toString();
    }

    private static List<List<String>> values(JsonNode parameter, String path, Map<String, List<String>> samples) {
        List<List<String>> values = new ArrayList<>();
        JsonNode schema = parameter.path("schema");
        JsonNode choices =
                schema.has("enum") ? schema.get("enum") : schema.path("items").path("enum");
        if (choices.isArray() && !samples.containsKey(parameter.get("name").asText())) {
            for (int i = 0; i < choices.size(); i++) {
                if (choices.size() <= FEW_ENUM_VALUES || i == 0 || i == choices.size() - 1) {
                    values.add(List.of(choices.get(i).asText()));
                }
            }
        } else {
            values.add(sample(parameter, path, samples));
        }
        values.add(List.of(UNKNOWN));
        return values;
    }

    private static List<String> sample(JsonNode parameter, String path, Map<String, List<String>> samples) {
        String name = parameter.get("name").asText();
        if (parameter.path("schema").path("type").asText().equals("integer") && !samples.containsKey(name)) {
            return List.of("1");
        }
        List<String> values = samples.get(name);
        if (values == null) {
            throw new AssertionError(path + ": add a sample value for its query parameter " + name);
        }
        return values;
    }

    private static String pairs(String name, List<String> values) {
        StringBuilder pairs = new StringBuilder();
        for (String value : values) {
            pairs.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return pairs.toString();
    }
}
