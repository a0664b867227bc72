package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * P/R/F1 per entity type, event type and relation type, in the score table's columns plus the matched count.
 *
 * <p>An entity counts for precision under its predicted type and for recall under its gold type, so the entity rows
 * sum to the entities row and a wrong type shows in the type confusions, not twice in the rows.
 */
final class TypeScores {
    private final Map<String, Tally> entities = new TreeMap<>();
    private final Map<String, Tally> events = new TreeMap<>();
    private final Map<String, Tally> relations = new TreeMap<>();
    private final Map<String, Integer> confusions = new TreeMap<>();

    void add(DocumentMatch doc) {
        Records gold = doc.gold();
        Records pred = doc.pred();
        count(entities, gold.entities(), pred.entities());
        for (EntityMatch.Pair pair : doc.entities().pairs()) {
            tally(entities, pair.pred()).add(0, 0, 1, 0);
            tally(entities, pair.gold()).add(0, 0, 0, 1);
            if (!RecordMatcher.sameValue(pair.gold().path("type"), pair.pred().path("type"))) {
                confusions.merge(type(pair.gold()) + " as " + type(pair.pred()), 1, Integer::sum);
            }
        }
        addLinked(events, gold.events(), pred.events(), doc.events());
        addLinked(relations, gold.relations(), pred.relations(), doc.relations());
    }

    /** The three tables, each headed like the score table, rows by falling gold count; then the type confusions. */
    String table() {
        StringBuilder out = new StringBuilder();
        table(out, "entity type", entities);
        if (!confusions.isEmpty()) {
            out.append("entity types confused (gold as pred):");
            confusions.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> out.append(' ')
                            .append(e.getKey())
                            .append(' ')
                            .append(e.getValue())
                            .append(','));
            out.setLength(out.length() - 1);
            out.append('\n');
        }
        table(out.append('\n'), "event type", events);
        table(out.append('\n'), "relation type", relations);
        return out.toString();
    }

    private static void table(StringBuilder out, String title, Map<String, Tally> byType) {
        out.append(String.format(
                Locale.ROOT, "%-18s%7s%7s%7s%7s%7s%7s\n", title, "P", "R", "F1", "gold", "pred", "match"));
        List<Map.Entry<String, Tally>> rows = new ArrayList<>(byType.entrySet());
        rows.sort(Comparator.comparing(
                (Map.Entry<String, Tally> e) -> -e.getValue().counts().gold()));
        for (Map.Entry<String, Tally> row : rows) {
            Tally t = row.getValue();
            out.append(String.format(
                    Locale.ROOT,
                    "%-18s%s%7d%7d%7d\n",
                    row.getKey(),
                    Score.columns(t.prf()),
                    t.counts().gold(),
                    t.counts().pred(),
                    t.matchedGold()));
        }
    }

    private static void addLinked(
            Map<String, Tally> byType, List<JsonNode> gold, List<JsonNode> pred, List<Link> links) {
        count(byType, gold, pred);
        links.forEach(link -> tally(byType, gold.get(link.gold())).add(0, 0, 1, 1));
    }

    private static void count(Map<String, Tally> byType, List<JsonNode> gold, List<JsonNode> pred) {
        gold.forEach(g -> tally(byType, g).add(0, 1, 0, 0));
        pred.forEach(p -> tally(byType, p).add(1, 0, 0, 0));
    }

    private static Tally tally(Map<String, Tally> byType, JsonNode record) {
        return byType.computeIfAbsent(type(record), t -> new Tally());
    }

    private static String type(JsonNode record) {
        return PyJson.str(record.path("type"));
    }
}
