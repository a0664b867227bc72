package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * One document's gold and predicted records and how score.py pairs them: entities by name, then each section's links.
 *
 * @param name the gold file's name, e.g. {@code a.txt.json}
 */
record DocumentMatch(
        String name,
        Records gold,
        Records pred,
        EntityMatch entities,
        List<Link> events,
        List<Link> quantities,
        List<Link> relations,
        List<Link> levels) {
    DocumentMatch {
        events = List.copyOf(events);
        quantities = List.copyOf(quantities);
        relations = List.copyOf(relations);
        levels = List.copyOf(levels);
    }

    /** Matches one document's prediction to its gold; levels only when asked for. */
    static DocumentMatch of(String name, JsonNode goldFile, JsonNode predFile, boolean levels) {
        Records gold = Records.of(goldFile, levels);
        Records pred = Records.of(predFile, levels);
        EntityMatch entities = EntityMatch.of(gold.entities(), pred.entities());
        return new DocumentMatch(
                name,
                gold,
                pred,
                entities,
                RecordMatcher.events(gold.events(), pred.events(), entities),
                RecordMatcher.quantities(gold.quantities(), pred.quantities()),
                RecordMatcher.relations(gold.relations(), pred.relations(), entities),
                RecordMatcher.levels(gold.levels(), pred.levels(), entities));
    }

    /** The gold ids of a predicted event's participants (score.py's ids()). */
    Set<Object> predParticipants(JsonNode predEvent) {
        return entities.goldIds(predEvent.path("participants"), "participants");
    }

    /** The ids of a gold event's participants, as Python set members. */
    static Set<Object> goldParticipants(JsonNode goldEvent) {
        return RecordMatcher.keys(PyJson.items(goldEvent.path("participants"), "participants"));
    }
}
