package org.bilat.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bilat.store.LadderStep;

/** The partnership ladder of each pair in scope: every level step, dated ones in order then undated, with its note. */
final class PartnershipLadder implements Section<BriefFacts> {
    @Override
    public void write(BriefFacts facts, MarkdownText out) {
        out.heading(2, "Partnership ladder");
        if (facts.ladder().isEmpty()) {
            out.paragraph("No stored level step between two states in this scope.");
            return;
        }
        Map<String, List<LadderStep>> pairs = new LinkedHashMap<>();
        facts.ladder()
                .forEach(step -> pairs.computeIfAbsent(step.pair(), k -> new ArrayList<>())
                        .add(step));
        pairs.values().forEach(steps -> {
            out.heading(3, steps.get(0).a().name() + " – " + steps.get(0).b().name());
            out.bullets(steps.stream().map(step -> line(step, out)).toList());
        });
    }

    /** "**2013-07** — comprehensive strategic partnership (rank 5, formal) [3]". */
    static String line(LadderStep step, MarkdownText out) {
        String date = Objects.requireNonNullElse(step.date(), "undated");
        return "**" + MarkdownText.plain(date) + "** — " + MarkdownText.plain(step.label()) + " (rank " + step.rank()
                + ", " + (step.formal() ? "formal" : "informal") + ") " + out.cite(List.of(step.passage()));
    }
}
