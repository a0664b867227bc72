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
    private final Tally levels = new Tally();
    private final EventDetail eventDetail = new EventDetail();
    private final List<Map.Entry<Object, Object>> clusters = new ArrayList<>();
    private int typed;
    private int paired;
    private int evidenceFound;
    private int evidenceChecked;

    /** Adds one matched document; text is the document, or null when its evidence is not checked. */
    void add(DocumentMatch doc, @Nullable String text) {
        Records gold = doc.gold();
        Records pred = doc.pred();
        addEntities(gold.entities(), pred.entities(), doc.entities());
        events.add(pred.events().size(), gold.events().size(), doc.events().size());
        for (Link link : doc.events()) {
            JsonNode p = pred.events().get(link.pred());
            JsonNode g = gold.events().get(link.gold());
            eventDetail.add(p, g, doc.predParticipants(p), DocumentMatch.goldParticipants(g));
        }
        quantities.add(
                pred.quantities().size(),
                gold.quantities().size(),
                doc.quantities().size());
        relations.add(
                pred.relations().size(),
                gold.relations().size(),
                doc.relations().size());
        levels.add(pred.levels().size(), gold.levels().size(), doc.levels().size());
        if (text != null) {
            List.of(pred.events(), pred.quantities(), pred.relations(), pred.levels())
                    .forEach(section -> section.forEach(record -> checkEvidence(record, text)));
        }
    }

    private void addEntities(List<JsonNode> gold, List<JsonNode> pred, EntityMatch match) {
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
    }

    /** The score; {@code withLevels} adds the levels section, {@code evidence} the evidence check. */
    Score score(boolean evidence, boolean withLevels) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        Tally[] tallies = {entities, events, quantities, relations};
        for (int i = 0; i < tallies.length; i++) {
            counts.put(Score.SECTIONS.get(i), tallies[i].counts());
        }
        if (withLevels) {
            counts.put("levels", levels.counts());
        }
        return new Score(
                entities.prf(),
                events.prf(),
                quantities.prf(),
                relations.prf(),
                withLevels ? levels.prf() : null,
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
}
