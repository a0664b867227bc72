package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Per document, what the prediction missed and what it added beyond the gold, record by record with quotes: the
 * lines to count errors by before choosing what to improve.
 */
final class ErrorList {
    private final StringBuilder out = new StringBuilder();

    void add(DocumentMatch doc) {
        List<String> lines = new ArrayList<>();
        RecordText gold = new RecordText(doc.gold().entities());
        RecordText pred = new RecordText(doc.pred().entities());
        entities(doc, lines);
        events(doc, gold, pred, lines);
        unmatched(
                "quantity",
                doc.gold().quantities(),
                doc.pred().quantities(),
                doc.quantities(),
                lines,
                RecordText::quantity,
                RecordText::quantity);
        unmatched(
                "relation",
                doc.gold().relations(),
                doc.pred().relations(),
                doc.relations(),
                lines,
                gold::relation,
                pred::relation);
        if (!lines.isEmpty()) {
            out.append(doc.name()).append('\n');
            lines.forEach(line -> out.append("  ").append(line).append('\n'));
        }
    }

    /** The listing, one block per document that has errors: its file name, then one indented line per error. */
    String text() {
        return out.toString();
    }

    private static void entities(DocumentMatch doc, List<String> lines) {
        Set<Object> matchedGold = new HashSet<>();
        doc.entities().mapping().values().forEach(id -> matchedGold.add(PyJson.key(id)));
        for (JsonNode g : doc.gold().entities()) {
            if (!matchedGold.contains(PyJson.key(g.path("id")))) {
                lines.add("missed entity: " + RecordText.entity(g));
            }
        }
        for (JsonNode p : doc.pred().entities()) {
            if (!doc.entities().mapping().containsKey(PyJson.key(p.path("id")))) {
                lines.add("spurious entity: " + RecordText.entity(p));
            }
        }
        for (EntityMatch.Pair pair : doc.entities().pairs()) {
            if (!RecordMatcher.sameValue(pair.gold().path("type"), pair.pred().path("type"))) {
                lines.add("mistyped entity: " + PyJson.str(pair.pred(), "name", "?") + " (gold "
                        + PyJson.str(pair.gold(), "type", "?") + ", pred " + PyJson.str(pair.pred(), "type", "?")
                        + ")");
            }
        }
    }

    private static void events(DocumentMatch doc, RecordText gold, RecordText pred, List<String> lines) {
        for (Link link : doc.events()) {
            JsonNode p = doc.pred().events().get(link.pred());
            JsonNode g = doc.gold().events().get(link.gold());
            boolean sameDate = EventDetail.dateText(p).equals(EventDetail.dateText(g));
            if (!sameDate || !doc.predParticipants(p).equals(DocumentMatch.goldParticipants(g))) {
                lines.add("partial event: " + PyJson.str(g, "type", "?") + " gold " + RecordText.when(g) + " "
                        + gold.participants(g) + ", pred " + RecordText.when(p) + " " + pred.participants(p) + " "
                        + RecordText.quote(g));
            }
        }
        unmatched("event", doc.gold().events(), doc.pred().events(), doc.events(), lines, gold::event, pred::event);
    }

    private static void unmatched(
            String kind,
            List<JsonNode> gold,
            List<JsonNode> pred,
            List<Link> links,
            List<String> lines,
            Function<JsonNode, String> goldText,
            Function<JsonNode, String> predText) {
        Set<Integer> matchedGold = new HashSet<>();
        Set<Integer> matchedPred = new HashSet<>();
        links.forEach(link -> {
            matchedGold.add(link.gold());
            matchedPred.add(link.pred());
        });
        for (int i = 0; i < gold.size(); i++) {
            if (!matchedGold.contains(i)) {
                lines.add("missed " + kind + ": " + goldText.apply(gold.get(i)));
            }
        }
        for (int j = 0; j < pred.size(); j++) {
            if (!matchedPred.contains(j)) {
                lines.add("spurious " + kind + ": " + predText.apply(pred.get(j)));
            }
        }
    }
}
