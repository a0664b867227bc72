package org.bilat.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API's OpenAPI document as a contract: swagger-parser's opinion of the document itself, and a JSON Schema check
 * (networknt, OpenAPI 3.0 dialect) of a response body against the schema the document gives for its route, method,
 * status and media type. Object schemas are checked closed: a field the document does not describe is a finding.
 */
final class ApiContract {
    private static final String BASE = "https://bilat.invalid/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The guards' refusals (foreign origin, wrong method, foreign host) come before a route is chosen. */
    private static final Set<Integer> REFUSALS_BEFORE_ROUTING = Set.of(403, 405, 421);

    private final String text;
    private final JsonNode document;
    private final SchemaRegistry registry;

    private ApiContract(String text) throws IOException {
        this.text = text;
        this.document = JSON.readTree(text);
        String closed = JSON.writeValueAsString(closeObjects(document.deepCopy()));
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi30(), b -> b.schemas(Map.of(BASE, closed)));
    }

    /** The document bundled with the server. */
    static ApiContract load() {
        try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the test classpath");
            }
            return new ApiContract(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode document() {
        return document;
    }

    /** What swagger-parser finds wrong with the document (empty when it accepts it). */
    List<String> parserMessages() {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, null);
        List<String> messages = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        if (result.getOpenAPI() == null) {
            messages.add("no OpenAPI model parsed");
        }
        return messages;
    }

    /**
     * Where the document puts {@code nullable} on a schema with no {@code type} beside it: OpenAPI 3.0.3 lets nullable
     * add null only to the type of its own schema object, so there it allows no null, whatever a lenient validator
     * makes of it.
     */
    List<String> nullableWithoutType() {
        List<String> found = new ArrayList<>();
        nullableWithoutType(document, "", found);
        return found;
    }

    private static void nullableWithoutType(JsonNode node, String pointer, List<String> found) {
        if (node.path("nullable").asBoolean() && !node.has("type")) {
            found.add(pointer);
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            nullableWithoutType(field.getValue(), pointer + "/" + escape(field.getKey()), found);
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            nullableWithoutType(node.get(i), pointer + "/" + i, found);
        }
    }

    /** The responses the document gives for a method of a path, or a missing node. */
    JsonNode responses(String path, String method) {
        return document.path("paths")
                .path(path)
                .path(method.toLowerCase(Locale.ROOT))
                .path("responses");
    }

    /** Findings for one answer: an undescribed status or media type, or each schema violation of its JSON body. */
    List<String> check(Answer answer) {
        String where = answer.method() + " " + answer.uri() + " -> " + answer.status();
        JsonNode responses = responses(answer.path(), answer.method());
        if (responses.isMissingNode() && REFUSALS_BEFORE_ROUTING.contains(answer.status())) {
            responses = firstOperationResponses(answer.path());
        }
        JsonNode described = responses.path(String.valueOf(answer.status()));
        JsonNode response = resolve(described);
        Optional<String> mediaType = mediaTypeOf(response, answer.contentType());
        if (described.isMissingNode()) {
            return List.of(where + ": status not described");
        }
        if (mediaType.isEmpty()) {
            return List.of(where + ": media type " + answer.contentType() + " not described");
        }
        if (!mediaType.get().equals("application/json")) {
            return List.of();
        }
        return violations(where, schemaPointer(described, mediaType.get()), answer.body());
    }

    /** The responses of the path's first operation, where a method the path lacks finds the refusals described. */
    private JsonNode firstOperationResponses(String path) {
        for (Map.Entry<String, JsonNode> operation :
                document.path("paths").path(path).properties()) {
            if (operation.getValue().has("responses")) {
                return operation.getValue().get("responses");
            }
        }
        return MissingNode.getInstance();
    }

    private List<String> violations(String where, String pointer, String body) {
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + "#" + pointer));
        try {
            List<Error> errors = schema.validate(JSON.readTree(body));
            return errors.stream().map(e -> where + ": " + e).toList();
        } catch (IOException e) {
            return List.of(where + ": body is not JSON: " + e.getMessage());
        }
    }

    private String schemaPointer(JsonNode described, String mediaType) {
        return pointerOf(described) + "/content/" + escape(mediaType) + "/schema";
    }

    /** The JSON pointer of a response object within the document (its target, for a reference). */
    private String pointerOf(JsonNode response) {
        if (response.has("$ref")) {
            return response.get("$ref").asText().substring(1);
        }
        return pointerTo(document, response, "").orElseThrow();
    }

    @SuppressWarnings("ReferenceEquality") // the very node of the document is sought, not an equal one elsewhere
    private static Optional<String> pointerTo(JsonNode node, JsonNode target, String pointer) {
        if (node == target) {
            return Optional.of(pointer);
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            Optional<String> found = pointerTo(field.getValue(), target, pointer + "/" + escape(field.getKey()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private JsonNode resolve(JsonNode response) {
        return response.has("$ref") ? document.at(response.get("$ref").asText().substring(1)) : response;
    }

    private static Optional<String> mediaTypeOf(JsonNode response, String contentType) {
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return response.path("content").has(bare) ? Optional.of(bare) : Optional.empty();
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** Adds {@code additionalProperties: false} to every object schema that lists its properties and says nothing. */
    private static JsonNode closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object
                && object.has("properties")
                && object.get("properties").isObject()) {
            if (!object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
        }
        node.forEach(ApiContract::closeObjects);
        return node;
    }

    /** One exchange with the server: the route's path as the document writes it, the request and the answer. */
    record Answer(String path, String method, String uri, int status, String contentType, String body) {}
}
