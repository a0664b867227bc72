package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Sums over matched event pairs: shared, predicted and gold participants, and dates equal to the gold's. */
final class EventDetail {
    private int shared;
    private int predicted;
    private int gold;
    private int exact;

    void add(JsonNode pred, JsonNode goldEvent, Set<Object> predParticipants, Set<Object> goldParticipants) {
        shared += (int)
                goldParticipants.stream().filter(predParticipants::contains).count();
        predicted += PyJson.items(pred.path("participants"), "participants").size();
        gold += goldParticipants.size();
        exact += dateText(pred).equals(dateText(goldEvent)) ? 1 : 0;
    }

    /** F1 of the participant sets over all matched events. */
    double participantsF1() {
        double p = predicted != 0 ? (double) shared / predicted : 0.0;
        double r = gold != 0 ? (double) shared / gold : 0.0;
        return Prf.of(p, r).f1();
    }

    /** Share of the matched events whose date is written exactly as the gold's. */
    double dateExact(int matched) {
        return matched != 0 ? (double) exact / matched : 0.0;
    }

    // score.py compares str(date or "")
    static String dateText(JsonNode event) {
        JsonNode date = event.path("date");
        return PyJson.truthy(date) ? PyJson.str(date) : "";
    }
}
