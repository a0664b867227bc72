package org.bilat.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.bilat.model.Register;
import org.bilat.store.EntityRef;
import org.bilat.store.EntityRow;
import org.bilat.store.HappeningRow;
import org.bilat.store.Passage;
import org.bilat.store.RelationRow;

/**
 * The registers by the definitions the web UI's tables share ({@link Register}): agreements, joint exercises, joint
 * projects (their events, then their partnerships) and products with the producers their relations name.
 */
final class RegisterSections implements Section<BriefFacts> {
    @Override
    public void write(BriefFacts facts, MarkdownText out) {
        events(facts, out, "Agreements", Register.AGREEMENTS);
        events(facts, out, "Joint exercises", Register.EXERCISES);
        projects(facts, out);
        products(facts, out);
    }

    private static void events(BriefFacts facts, MarkdownText out, String title, Register register) {
        out.heading(2, title);
        List<String> lines = listed(facts, register).stream()
                .map(h -> Chronology.line(h, out))
                .toList();
        list(out, lines);
    }

    /** The happenings in scope of the register's event type that it admits. */
    private static List<HappeningRow> listed(BriefFacts facts, Register register) {
        EventType type = register.events().orElseThrow();
        return facts.happenings().stream()
                .filter(h -> h.type() == type)
                .filter(h -> register.admits(
                        h.reports().stream().flatMap(r -> r.evidence().stream()).map(Evidence::quote)))
                .toList();
    }

    private static void projects(BriefFacts facts, MarkdownText out) {
        out.heading(2, "Joint projects");
        List<String> lines = new ArrayList<>(listed(facts, Register.PROJECTS).stream()
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
