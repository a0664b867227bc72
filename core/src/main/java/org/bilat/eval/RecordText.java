package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One gold or predicted record as one line of an error listing: its kind's key fields, then its quote. */
final class RecordText {
    private final Map<Object, String> names = new HashMap<>();

    /** Describes the records of one file, whose entities name the ids its events and relations use. */
    RecordText(List<JsonNode> entities) {
        for (JsonNode entity : entities) {
            names.putIfAbsent(PyJson.key(entity.path("id")), PyJson.str(entity, "name", "?"));
        }
    }

    /** Name (TYPE). */
    static String entity(JsonNode entity) {
        return PyJson.str(entity, "name", "?") + " (" + PyJson.str(entity, "type", "?") + ")";
    }

    /** TYPE date [participants] "quote". */
    String event(JsonNode event) {
        return PyJson.str(event, "type", "?") + " " + when(event) + " " + participants(event) + " " + quote(event);
    }

    /** value UNIT [measure] "quote". */
    static String quantity(JsonNode quantity) {
        return PyJson.str(quantity, "value", "?") + " " + PyJson.str(quantity, "unit", "?") + " ["
                + PyJson.str(quantity, "measure", "") + "] " + quote(quantity);
    }

    /** TYPE subject → object "quote". */
    String relation(JsonNode relation) {
        return PyJson.str(relation, "type", "?") + " " + name(relation.path("subject")) + " → "
                + name(relation.path("object")) + " " + quote(relation);
    }

    /** An event's date, "no date" when it has none. */
    static String when(JsonNode event) {
        String date = EventDetail.dateText(event);
        return date.isEmpty() ? "no date" : date;
    }

    /** The names of an event's participants, in brackets. */
    String participants(JsonNode event) {
        JsonNode ids = event.path("participants");
        List<String> out = new ArrayList<>();
        if (ids.isArray()) {
            ids.forEach(id -> out.add(name(id)));
        } else if (PyJson.truthy(ids)) {
            out.add(PyJson.str(ids));
        }
        return "[" + String.join(", ", out) + "]";
    }

    /** The record's evidence on one line, in double quotes. */
    static String quote(JsonNode record) {
        JsonNode evidence = record.path("evidence");
        String text = PyJson.truthy(evidence) ? PyJson.str(evidence) : "";
        return '"' + text.strip().replaceAll("\\s+", " ") + '"';
    }

    private String name(JsonNode id) {
        String name = names.get(PyJson.key(id));
        return name != null ? name : PyJson.str(id);
    }
}
