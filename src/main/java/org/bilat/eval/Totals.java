package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The sums score.py keeps while it walks the documents, and the score they make at the end. */
final class Totals {
    private final Tally entities = new Tally();
    private final Tally events = new Tally();
    private final Tally quantities = new Tally();
    private final Tally relations = new Tally();
    private final EventDetail eventDetail = new EventDetail();
    private final List<Map.Entry<Object, Object>> clusters = new ArrayList<>();
    private int typed;
    private int paired;
    private int evidenceFound;
    private int evidenceChecked;

    /** Adds one document's gold and predicted records; text is the document, or null when it is not checked. */
    void add(JsonNode gold, JsonNode pred, @Nullable String text) {
        EntityMatch match = addEntities(records(gold, "entities"), records(pred, "entities"));
        List<JsonNode> gv = records(gold, "events");
        List<JsonNode> pv = records(pred, "events");
        events.add(pv.size(), gv.size(), RecordMatcher.events(gv, pv, match, eventDetail));
        List<JsonNode> gq = records(gold, "quantities");
        List<JsonNode> pq = records(pred, "quantities");
        quantities.add(pq.size(), gq.size(), RecordMatcher.quantities(gq, pq));
        List<JsonNode> gr = records(gold, "relations");
        List<JsonNode> pr = records(pred, "relations");
        relations.add(pr.size(), gr.size(), RecordMatcher.relations(gr, pr, match));
        if (text != null) {
            List.of(pv, pq, pr).forEach(section -> section.forEach(record -> checkEvidence(record, text)));
        }
    }

    private EntityMatch addEntities(List<JsonNode> gold, List<JsonNode> pred) {
        EntityMatch match = EntityMatch.of(gold, pred);
        entities.add(pred.size(), gold.size(), match.pairs().size());
        for (EntityMatch.Pair pair : match.pairs()) {
            typed += RecordMatcher.sameValue(
                            pair.pred().path("type"), pair.gold().path("type"))
                    ? 1
                    : 0;
            paired++;
            clusters.add(Map.entry(
                    PyJson.key(EntityMatch.goldId(pair.gold())),
                    PyJson.key(pair.pred().path("id"))));
        }
        return match;
    }

    Score score(boolean evidence) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        Tally[] tallies = {entities, events, quantities, relations};
        for (int i = 0; i < tallies.length; i++) {
            counts.put(Score.SECTIONS.get(i), tallies[i].counts());
        }
        return new Score(
                entities.prf(),
                events.prf(),
                quantities.prf(),
                relations.prf(),
                BCubed.of(clusters),
                paired != 0 ? (double) typed / paired : 0.0,
                eventDetail.participantsF1(),
                eventDetail.dateExact(events.matched()),
                evidence ? (evidenceChecked != 0 ? (double) evidenceFound / evidenceChecked : 0.0) : null,
                counts);
    }

    private void checkEvidence(JsonNode record, String text) {
        evidenceChecked++;
        JsonNode evidence = record.path("evidence");
        if (!PyJson.truthy(evidence)) {
            return;
        }
        if (!evidence.isTextual()) {
            throw new BadRecord("\"evidence\" must be a string, not " + evidence);
        }
        evidenceFound += text.contains(evidence.textValue()) ? 1 : 0;
    }

    // score.py reads gold sections with get(key, []) and predicted ones with get(key, []) or []
    private static List<JsonNode> records(JsonNode file, String section) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode value = file.path(section);
        if (!PyJson.truthy(value)) {
            return out;
        }
        if (!value.isArray()) {
            throw new BadRecord('"' + section + "\" must be a list, not " + value);
        }
        for (JsonNode record : value) {
            if (!record.isObject()) {
                throw new BadRecord('"' + section + "\" must hold objects, not " + record);
            }
            out.add(record);
        }
        return out;
    }
}
