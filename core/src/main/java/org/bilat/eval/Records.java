package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The sections of one gold or predicted file, each as the list of its records (objects). */
record Records(
        List<JsonNode> entities,
        List<JsonNode> events,
        List<JsonNode> quantities,
        List<JsonNode> relations,
        List<JsonNode> levels) {
    Records {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        quantities = List.copyOf(quantities);
        relations = List.copyOf(relations);
        levels = List.copyOf(levels);
    }

    /** Reads a file's sections; levels only when asked for, as score.py --levels does. */
    static Records of(JsonNode file, boolean levels) {
        return new Records(
                section(file, "entities"),
                section(file, "events"),
                section(file, "quantities"),
                section(file, "relations"),
                levels ? section(file, "levels") : List.of());
    }

    // score.py reads gold sections with get(key, []) and predicted ones with get(key, []) or []
    private static List<JsonNode> section(JsonNode file, String name) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode value = file.path(name);
        if (!PyJson.truthy(value)) {
            return out;
        }
        if (!value.isArray()) {
            throw new BadRecord('"' + name + "\" must be a list, not " + value);
        }
        for (JsonNode record : value) {
            if (!record.isObject()) {
                throw new BadRecord('"' + name + "\" must hold objects, not " + record);
            }
            out.add(record);
        }
        return out;
    }
}
