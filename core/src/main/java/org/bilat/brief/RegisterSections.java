package org.bilat.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bilat.model.EventType;
import org.bilat.store.EntityRef;
import org.bilat.store.EntityRow;
import org.bilat.store.HappeningRow;
import org.bilat.store.Passage;
import org.bilat.store.RelationRow;

/**
 * The registers, with the web UI's definitions: agreements (AGREE events), joint exercises (EXERCISE), joint projects
 * (ESTABLISH events, then PARTNER relations) and products with the producers PRODUCED_BY relations name.
 */
final class RegisterSections implements Section<BriefFacts> {
    @Override
    public void write(BriefFacts facts, MarkdownText out) {
        events(facts, out, "Agreements", EventType.AGREE);
        events(facts, out, "Joint exercises", EventType.EXERCISE);
        projects(facts, out);
        products(facts, out);
    }

    private static void events(BriefFacts facts, MarkdownText out, String title, EventType type) {
        out.heading(2, title);
        List<String> lines =
                ofType(facts, type).stream().map(h -> Chronology.line(h, out)).toList();
        list(out, lines);
    }

    private static List<HappeningRow> ofType(BriefFacts facts, EventType type) {
        return facts.happenings().stream().filter(h -> h.type() == type).toList();
    }

    private static void projects(BriefFacts facts, MarkdownText out) {
        out.heading(2, "Joint projects");
        List<String> lines = new ArrayList<>(ofType(facts, EventType.ESTABLISH).stream()
                .map(h -> Chronology.line(h, out))
                .toList());
        for (RelationRow partners : facts.partners()) {
            lines.add("Partners: " + names(List.of(partners.subject(), partners.object())) + " "
                    + out.cite(partners.passages()));
        }
        list(out, lines);
    }

    private static void products(BriefFacts facts, MarkdownText out) {
        out.heading(2, "Products and producers");
        List<String> lines = new ArrayList<>();
        for (EntityRow product : facts.products()) {
            List<RelationRow> made = facts.producedBy().stream()
                    .filter(r -> r.subject().id().equals(product.id()))
                    .toList();
            List<EntityRef> producers =
                    made.stream().map(RelationRow::object).distinct().toList();
            List<Passage> passages =
                    made.stream().flatMap(r -> r.passages().stream()).toList();
            lines.add("**" + MarkdownText.plain(product.name()) + "**, made by " + names(producers) + " "
                    + out.cite(passages));
        }
        list(out, lines);
    }

    private static void list(MarkdownText out, List<String> lines) {
        if (lines.isEmpty()) {
            out.paragraph("None stored in this scope.");
        } else {
            out.bullets(lines);
        }
    }

    private static String names(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::name).map(MarkdownText::plain).collect(Collectors.joining(", "));
    }
}
