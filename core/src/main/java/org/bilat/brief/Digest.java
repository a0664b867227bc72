package org.bilat.brief;

import java.util.List;

/** Writes a monitoring digest as Markdown: what entered the store in a period, and the trend per area. */
final class Digest {
    static final List<Section<DigestFacts>> SECTIONS = List.of(
            DigestSections::documents,
            DigestSections::events,
            DigestSections::figures,
            new NewEntities(),
            (facts, out) -> new OpenConflicts("New conflicts between sources").write(facts.newConflicts(), out),
            new Trends());

    private Digest() {}

    static String markdown(DigestFacts facts, String generated) {
        MarkdownText out = new MarkdownText(new Footnotes(facts.documents()));
        out.heading(1, "Digest: " + facts.period());
        out.paragraph("What entered the knowledge base from " + facts.period() + " (by the time each document was"
                + " ingested). Assembled by Bilat on " + generated + "; every statement cites its passage in the"
                + " notes.");
        SECTIONS.forEach(section -> section.write(facts, out));
        out.notesSection("Notes");
        return out.toString();
    }
}
