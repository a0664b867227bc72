package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;

/** Turns a gold record into a flawed prediction that exercises every branch of the scorer. */
final class PerturbedPrediction {
    private PerturbedPrediction() {}

    static ObjectNode of(ObjectNode gold, int doc) {
        ObjectNode pred = gold.deepCopy();
        entities(pred.withArray("entities"), doc);
        events(pred.withArray("events"));
        quantities(pred.withArray("quantities"));
        relations(pred.withArray("relations"));
        return pred;
    }

    private static void entities(ArrayNode entities, int doc) {
        for (int i = 0; i < entities.size(); i++) {
            ObjectNode e = (ObjectNode) entities.get(i);
            if (i % 5 == 1) {
                e.put("id", e.path("id").asText() + "-" + doc);
            }
            if (i % 7 == 2) {
                e.put("type", "ORG");
            }
            if (i % 6 == 0) {
                e.put("name", e.path("name").asText().toUpperCase(java.util.Locale.ROOT) + "!");
                e.remove("aliases");
            }
        }
        removeEvery(entities, 4, 3);
        entities.addObject().put("id", "extra").put("name", "Nothing Real").put("type", "ORG");
    }

    private static void events(ArrayNode events) {
        for (int i = 0; i < events.size(); i++) {
            ObjectNode e = (ObjectNode) events.get(i);
            String date = e.path("date").asText("");
            if (i % 3 == 1 && date.length() >= 4) {
                e.put("date", i % 2 == 0 ? date.substring(0, 4) : (Integer.parseInt(date.substring(0, 4)) + 1) + "");
            }
            ArrayNode participants = e.withArray("participants");
            if (i % 2 == 0 && participants.size() > 1) {
                participants.remove(0);
            }
            if (i % 4 == 2) {
                e.put("evidence", e.path("evidence").asText() + " and more");
            }
        }
        removeEvery(events, 4, 0);
        events.addObject().put("type", "MEET").put("evidence", "x").set("participants", new TextNode("belarus"));
    }

    private static void quantities(ArrayNode quantities) {
        for (int i = 0; i < quantities.size(); i++) {
            ObjectNode q = (ObjectNode) quantities.get(i);
            double factor = i % 3 == 0 ? 1.004 : i % 3 == 1 ? 1.006 : 1.0;
            q.put("value", q.path("value").asDouble() * factor);
        }
        removeEvery(quantities, 5, 2);
        quantities.addObject().put("value", "12_000").put("unit", "COUNT");
    }

    private static void relations(ArrayNode relations) {
        for (int i = 0; i < relations.size(); i++) {
            ObjectNode r = (ObjectNode) relations.get(i);
            if (i % 3 == 0) {
                JsonNode subject = r.path("subject");
                r.set("subject", r.path("object"));
                r.set("object", subject);
            }
        }
        removeEvery(relations, 4, 1);
    }

    private static void removeEvery(ArrayNode array, int period, int phase) {
        int i = 0;
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); i++) {
            it.next();
            if (i % period == phase) {
                it.remove();
            }
        }
    }
}
