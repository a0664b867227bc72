package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bilat.model.NameFold;

/** Greedy one-to-one matching of events, quantities, relations and levels: each prediction takes the first free gold. */
final class RecordMatcher {
    private RecordMatcher() {}

    /** Events of equal type, agreeing dates and a shared participant. */
    static List<Link> events(List<JsonNode> gold, List<JsonNode> pred, EntityMatch entities) {
        Set<Integer> used = new HashSet<>();
        List<Link> links = new ArrayList<>();
        for (int j = 0; j < pred.size(); j++) {
            JsonNode p = pred.get(j);
            Set<Object> pp = entities.goldIds(p.path("participants"), "participants");
            for (int i = 0; i < gold.size(); i++) {
                JsonNode g = gold.get(i);
                if (used.contains(i) || !sameValue(g.path("type"), p.path("type"))) {
                    continue;
                }
                if (!DateRange.agree(g.path("date"), p.path("date"))) {
                    continue;
                }
                if (DocumentMatch.goldParticipants(g).stream().anyMatch(pp::contains)) {
                    used.add(i);
                    links.add(new Link(j, i));
                    break;
                }
            }
        }
        return links;
    }

    /** Quantities of equal unit whose values differ by at most 0.5 % of the gold value. */
    static List<Link> quantities(List<JsonNode> gold, List<JsonNode> pred) {
        Set<Integer> used = new HashSet<>();
        List<Link> links = new ArrayList<>();
        for (int j = 0; j < pred.size(); j++) {
            JsonNode p = pred.get(j);
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
                    links.add(new Link(j, i));
                    break;
                }
            }
        }
        return links;
    }

    /** Relations of equal type between the matched entities; a PARTNER relation matches either way round. */
    static List<Link> relations(List<JsonNode> gold, List<JsonNode> pred, EntityMatch entities) {
        Set<Integer> used = new HashSet<>();
        List<Link> links = new ArrayList<>();
        for (int j = 0; j < pred.size(); j++) {
            JsonNode p = pred.get(j);
            Object s = entities.goldId(PyJson.key(p.path("subject")));
            Object o = entities.goldId(PyJson.key(p.path("object")));
            if (s == null || o == null) {
                continue;
            }
            for (int i = 0; i < gold.size(); i++) {
                JsonNode g = gold.get(i);
                if (!used.contains(i) && sameValue(g.path("type"), p.path("type")) && joins(g, s, o)) {
                    used.add(i);
                    links.add(new Link(j, i));
                    break;
                }
            }
        }
        return links;
    }

    /** Levels between the same two states (either order), with overlapping dates and one folded label in the other. */
    static List<Link> levels(List<JsonNode> gold, List<JsonNode> pred, EntityMatch entities) {
        Set<Integer> used = new HashSet<>();
        List<Link> links = new ArrayList<>();
        for (int j = 0; j < pred.size(); j++) {
            JsonNode p = pred.get(j);
            Set<Object> states = entities.mappedIds(p.path("states"), "states");
            String label = NameFold.fold(PyJson.str(p, "label", ""));
            if (states.contains(PyJson.NONE) || states.size() != 2 || label.isEmpty()) {
                continue;
            }
            for (int i = 0; i < gold.size(); i++) {
                JsonNode g = gold.get(i);
                if (!used.contains(i) && sameLevel(g, p, states, label)) {
                    used.add(i);
                    links.add(new Link(j, i));
                    break;
                }
            }
        }
        return links;
    }

    private static boolean sameLevel(JsonNode gold, JsonNode pred, Set<Object> states, String label) {
        if (!keys(PyJson.items(gold.path("states"), "states")).equals(states)) {
            return false;
        }
        if (!DateRange.agree(gold.path("date"), pred.path("date"))) {
            return false;
        }
        String gl = NameFold.fold(PyJson.str(gold, "label", ""));
        return !gl.isEmpty() && (gl.contains(label) || label.contains(gl));
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
