package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Greedy one-to-one matching of events, quantities and relations: each prediction takes the first free gold match. */
final class RecordMatcher {
    private RecordMatcher() {}

    /** Events of equal type, agreeing dates and a shared participant; sums the participant and date detail. */
    static int events(List<JsonNode> gold, List<JsonNode> pred, EntityMatch entities, EventDetail detail) {
        Set<Integer> used = new HashSet<>();
        for (JsonNode p : pred) {
            Set<Object> pp = entities.goldIds(p.path("participants"), "participants");
            for (int i = 0; i < gold.size(); i++) {
                JsonNode g = gold.get(i);
                if (used.contains(i) || !sameValue(g.path("type"), p.path("type"))) {
                    continue;
                }
                if (!DateRange.agree(g.path("date"), p.path("date"))) {
                    continue;
                }
                Set<Object> gp = keys(PyJson.items(g.path("participants"), "participants"));
                if (gp.stream().anyMatch(pp::contains)) {
                    used.add(i);
                    detail.add(p, g, pp, gp);
                    break;
                }
            }
        }
        return used.size();
    }

    /** Quantities of equal unit whose values differ by at most 0.5 % of the gold value. */
    static int quantities(List<JsonNode> gold, List<JsonNode> pred) {
        Set<Integer> used = new HashSet<>();
        for (JsonNode p : pred) {
            Double pv = PyJson.toFloat(p.path("value"));
            if (pv == null) {
                continue;
            }
            for (int i = 0; i < gold.size(); i++) {
                JsonNode g = gold.get(i);
                if (used.contains(i) || !sameValue(g.path("unit"), p.path("unit"))) {
                    continue;
                }
                double gv = goldValue(g);
                if (Math.abs(gv - pv) <= 0.005 * Math.max(Math.abs(gv), 1e-9)) {
                    used.add(i);
                    break;
                }
            }
        }
        return used.size();
    }

    /** Relations of equal type between the matched entities; a PARTNER relation matches either way round. */
    static int relations(List<JsonNode> gold, List<JsonNode> pred, EntityMatch entities) {
        Set<Integer> used = new HashSet<>();
        for (JsonNode p : pred) {
            Object s = entities.goldId(PyJson.key(p.path("subject")));
            Object o = entities.goldId(PyJson.key(p.path("object")));
            if (s == null || o == null) {
                continue;
            }
            for (int i = 0; i < gold.size(); i++) {
                JsonNode g = gold.get(i);
                if (!used.contains(i) && sameValue(g.path("type"), p.path("type")) && joins(g, s, o)) {
                    used.add(i);
                    break;
                }
            }
        }
        return used.size();
    }

    private static boolean joins(JsonNode gold, Object subject, Object object) {
        Object gs = PyJson.key(gold.path("subject"));
        Object go = PyJson.key(gold.path("object"));
        boolean same = gs.equals(subject) && go.equals(object);
        boolean flipped = "PARTNER".equals(PyJson.key(gold.path("type"))) && gs.equals(object) && go.equals(subject);
        return same || flipped;
    }

    private static double goldValue(JsonNode gold) {
        Double value = PyJson.toFloat(gold.path("value"));
        if (value == null) {
            throw new BadRecord("gold quantity value is not a number: " + gold.path("value"));
        }
        return value;
    }

    static boolean sameValue(JsonNode a, JsonNode b) {
        return Objects.equals(PyJson.key(a), PyJson.key(b));
    }

    static Set<Object> keys(List<JsonNode> values) {
        Set<Object> out = new HashSet<>();
        values.forEach(v -> out.add(PyJson.key(v)));
        return out;
    }
}
