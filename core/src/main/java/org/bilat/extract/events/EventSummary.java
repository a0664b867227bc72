package org.bilat.extract.events;

import java.util.ArrayList;
import java.util.List;
import org.bilat.extract.text.FactContext;
import org.bilat.model.Entity;

/** Writes an event's one-line summary: who took part, then the trigger phrase and what it acted on. */
final class EventSummary {
    private static final int MAX_NAMES = 3;
    private static final int MAX_PHRASE = 10;

    private EventSummary() {}

    /**
     * "Kenya, Estonia — signed a cooperation agreement": the participants' names, then the words from the trigger to
     * its object (the object and the trigger alone when they are far apart).
     */
    static String of(
            FactContext context, List<String> participants, EventClause clause, int first, int last, int object) {
        List<String> names = new ArrayList<>();
        for (String id : participants) {
            if (names.size() < MAX_NAMES) {
                names.add(context.entity(id).map(Entity::name).orElse(id));
            }
        }
        return String.join(", ", names) + " — " + phrase(context, clause, first, last, object);
    }

    private static String phrase(FactContext context, EventClause clause, int first, int last, int object) {
        int from = Math.min(first, object < 0 ? first : object);
        int to = Math.max(last, object);
        if (to - from < MAX_PHRASE) {
            return oneLine(context.text().span(from, to));
        }
        String trigger = oneLine(context.text().span(first, last));
        return object < first
                ? clause.token(object).text() + " " + trigger
                : trigger + " … " + clause.token(object).text();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
