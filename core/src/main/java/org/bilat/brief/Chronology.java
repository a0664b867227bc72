package org.bilat.brief;

import java.util.Comparator;
import java.util.List;
import org.bilat.store.HappeningRow;

/** The dated chronology of the main events: the most corroborated dated happenings, in date order. */
final class Chronology implements Section<BriefFacts> {
    static final int MAX_EVENTS = 60;

    @Override
    public void write(BriefFacts facts, MarkdownText out) {
        List<HappeningRow> dated =
                facts.happenings().stream().filter(h -> h.date() != null).toList();
        out.heading(2, "Chronology");
        if (dated.isEmpty()) {
            out.paragraph("No stored event in this scope carries a date.");
            return;
        }
        List<HappeningRow> main = dated.stream()
                .sorted(Comparator.comparingInt(HappeningRow::corroboration).reversed())
                .limit(MAX_EVENTS)
                .sorted(ScopeReader.byDate())
                .toList();
        if (main.size() < dated.size()) {
            out.paragraph("The " + main.size() + " events told by the most documents, of " + dated.size()
                    + " dated events in scope.");
        }
        out.bullets(main.stream().map(h -> line(h, out)).toList());
    }

    /** "**2016-09-29** — AGREE: Belarus, China — signed [1][2]": the stored summary names the main actors. */
    static String line(HappeningRow happening, MarkdownText out) {
        String known = happening.date();
        String date = known == null ? "undated" : known;
        return "**" + MarkdownText.plain(date) + "** — " + happening.type() + ": "
                + MarkdownText.plain(happening.summary()) + " " + out.cite(FactKeys.passages(happening));
    }
}
