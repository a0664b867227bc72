package org.bilat.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.bilat.model.BilatException;
import org.bilat.model.Evidence;
import org.jspecify.annotations.Nullable;

/** Reads and writes the fields JSON-lines records share, naming the line of a missing or malformed one. */
final class JsonFields {
    private JsonFields() {}

    static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new BilatException(where + ": '" + field + "' must be a string");
        }
        return value.asText();
    }

    static @Nullable String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static int number(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new BilatException(where + ": '" + field + "' must be a whole number");
        }
        return value.asInt();
    }

    static List<String> texts(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        JsonNode array = node.path(field);
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    static Evidence evidence(JsonNode node, String where) {
        try {
            return new Evidence(number(node, "start", where), number(node, "end", where), text(node, "quote", where));
        } catch (IllegalArgumentException e) {
            throw new BilatException(where + ": the quote's span does not fit its length", e);
        }
    }

    static ObjectNode put(ObjectNode node, Evidence evidence) {
        return node.put("start", evidence.start()).put("end", evidence.end()).put("quote", evidence.quote());
    }

    static void putIfPresent(ObjectNode node, String field, @Nullable String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    static ArrayNode array(ObjectNode node, String field, List<String> values) {
        ArrayNode array = node.putArray(field);
        values.forEach(array::add);
        return array;
    }
}
