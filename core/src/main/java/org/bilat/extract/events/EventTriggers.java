package org.bilat.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bilat.extract.text.TsvRows;
import org.bilat.model.EventType;

/**
 * The trigger table of {@code extract/event-triggers.tsv}: which verb and noun lemmas name which kind of event, given
 * which objects. Object classes ({@code @arms}) are expanded when the table is read.
 */
final class EventTriggers {
    private static final String RESOURCE = "extract/event-triggers.tsv";
    private static final List<String> COLUMNS = List.of("lemma", "pos", "type", "cameo", "objects", "pattern");
    private static final EventTriggers TABLE = new EventTriggers(TsvRows.read(RESOURCE, COLUMNS));

    private final Map<String, List<EventTrigger>> byFirstLemma = new HashMap<>();

    private EventTriggers(List<List<String>> rows) {
        Map<String, List<String>> classes = new HashMap<>();
        for (List<String> row : rows) {
            if (row.get(1).equals("CLASS")) {
                classes.put(row.get(0), expand(TsvRows.items(row.get(4)), classes));
            }
        }
        for (List<String> row : rows) {
            if (!row.get(1).equals("CLASS")) {
                EventTrigger trigger = trigger(row, classes);
                byFirstLemma
                        .computeIfAbsent(trigger.lemmas().get(0), k -> new ArrayList<>())
                        .add(trigger);
            }
        }
    }

    /** The table on the classpath. */
    static EventTriggers load() {
        return TABLE;
    }

    /** A table of the given TSV lines (header included), for tests. */
    static EventTriggers parse(List<String> lines) {
        return new EventTriggers(TsvRows.parse("triggers", lines, COLUMNS));
    }

    /** The rows whose first lemma is {@code lemma}, in table order. */
    List<EventTrigger> startingWith(String lemma) {
        return byFirstLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    private static EventTrigger trigger(List<String> row, Map<String, List<String>> classes) {
        String pos = row.get(1);
        if (!pos.equals("VB") && !pos.equals("NN")) {
            throw new IllegalStateException(RESOURCE + ": part of speech must be VB, NN or CLASS: " + row);
        }
        List<String> objects = row.get(4).equals("*") ? List.of() : expand(TsvRows.items(row.get(4)), classes);
        return new EventTrigger(
                List.of(row.get(0).toLowerCase(Locale.ROOT).split(" +")),
                pos.equals("VB"),
                EventType.valueOf(row.get(2)),
                row.get(3),
                objects);
    }

    private static List<String> expand(List<String> items, Map<String, List<String>> classes) {
        Set<String> expanded = new LinkedHashSet<>();
        for (String item : items) {
            if (item.startsWith("@")) {
                List<String> members = classes.get(item);
                if (members == null) {
                    throw new IllegalStateException(RESOURCE + ": unknown object class " + item);
                }
                expanded.addAll(members);
            } else {
                expanded.add(item);
            }
        }
        return List.copyOf(expanded);
    }
}
