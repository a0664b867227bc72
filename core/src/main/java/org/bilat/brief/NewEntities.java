package org.bilat.brief;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bilat.model.EntityType;
import org.bilat.store.EntityRow;

/** The entities the store first saw in the period, by type, most mentioned first. */
final class NewEntities implements Section<DigestFacts> {
    static final int MAX_PER_TYPE = 25;

    @Override
    public void write(DigestFacts facts, MarkdownText out) {
        out.heading(2, "New entities");
        if (facts.newEntities().isEmpty()) {
            out.paragraph("No entity was seen for the first time.");
            return;
        }
        Map<EntityType, List<EntityRow>> byType = facts.newEntities().stream()
                .collect(Collectors.groupingBy(EntityRow::type, TreeMap::new, Collectors.toList()));
        out.paragraph(facts.newEntities().size() + " entities were first named by a document of the period.");
        out.bullets(byType.entrySet().stream()
                .map(e -> line(e.getKey(), e.getValue()))
                .toList());
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** "ORG (12): A (5 mentions in 2 documents), B (…), … and 3 more". */
    private static String line(EntityType type, List<EntityRow> rows) {
        String names = rows.stream()
                .limit(MAX_PER_TYPE)
                .map(r -> MarkdownText.plain(r.name()) + " (" + plural(r.mentions(), "mention") + " in "
                        + plural(r.documents(), "document") + ")")
                .collect(Collectors.joining(", "));
        String more = rows.size() > MAX_PER_TYPE ? " and " + (rows.size() - MAX_PER_TYPE) + " more" : "";
        return "**" + type + "** (" + rows.size() + "): " + names + more;
    }
}
