package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * P/R/F1 per entity type, event type and relation type, in the score table's columns plus a matched count.
 *
 * <p>An entity counts as found for its type only when its name matched and both sides give it that type; the match
 * column counts the gold entities of the type matched by name whatever type the prediction gave, so the gap between
 * the two is the type confusion listed under the table. Events and relations match only within one type.
 */
final class TypeScores {
    private final Map<String, Tally> entities = new TreeMap<>();
    private final Map<String, Integer> entitiesByName = new TreeMap<>();
    private final Map<String, Tally> events = new TreeMap<>();
    private final Map<String, Tally> relations = new TreeMap<>();
    private final Map<String, Integer> confusions = new TreeMap<>();

    void add(DocumentMatch doc) {
        Records gold = doc.gold();
        Records pred = doc.pred();
        count(entities, gold.entities(), pred.entities());
        for (EntityMatch.Pair pair : doc.entities().pairs()) {
            entitiesByName.merge(type(pair.gold()), 1, Integer::sum);
            if (RecordMatcher.sameValue(pair.gold().path("type"), pair.pred().path("type"))) {
                tally(entities, pair.gold()).add(0, 0, 1, 1);
            } else {
                confusions.merge(type(pair.gold()) + " as " + type(pair.pred()), 1, Integer::sum);
            }
        }
        addLinked(events, gold.events(), pred.events(), doc.events());
        addLinked(relations, gold.relations(), pred.relations(), doc.relations());
    }

    /** The three tables, each headed like the score table, rows by falling gold count; then the type confusions. */
    String table() {
        StringBuilder out = new StringBuilder();
        table(out, "entity type", entities, type -> entitiesByName.getOrDefault(type, 0));
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
        table(out.append('\n'), "event type", events, type -> matched(events, type));
        table(out.append('\n'), "relation type", relations, type -> matched(relations, type));
        return out.toString();
    }

    private static void table(
            StringBuilder out, String title, Map<String, Tally> byType, ToIntFunction<String> matched) {
        out.append(String.format(
                        Locale.ROOT, "%-18s%7s%7s%7s%7s%7s%7s", title, "P", "R", "F1", "gold", "pred", "match"))
                .append('\n');
        List<Map.Entry<String, Tally>> rows = new ArrayList<>(byType.entrySet());
        rows.sort(Comparator.comparing(
                (Map.Entry<String, Tally> e) -> -e.getValue().counts().gold()));
        for (Map.Entry<String, Tally> row : rows) {
            Tally t = row.getValue();
            out.append(String.format(
                            Locale.ROOT,
                            "%-18s%s%7d%7d%7d",
                            row.getKey(),
                            Score.columns(t.prf()),
                            t.counts().gold(),
                            t.counts().pred(),
                            matched.applyAsInt(row.getKey())))
                    .append('\n');
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

    private static int matched(Map<String, Tally> byType, String type) {
        return Objects.requireNonNull(byType.get(type), type).matchedGold();
    }

    private static Tally tally(Map<String, Tally> byType, JsonNode record) {
        return byType.computeIfAbsent(type(record), t -> new Tally());
    }

    private static String type(JsonNode record) {
        return PyJson.str(record.path("type"));
    }
}
