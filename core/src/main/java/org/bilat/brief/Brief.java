package org.bilat.brief;

import java.util.List;

/** Writes a brief as Markdown: heading and scope line, then each section, then the notes. */
final class Brief {
    /** The brief's parts in order. */
    static final List<Section<BriefFacts>> SECTIONS = List.of(
            new KeyNumbers(),
            new PartnershipLadder(),
            new Chronology(),
            new KeyFigures(),
            new RegisterSections(),
            (facts, out) -> new OpenConflicts("Open conflicts between sources").write(facts.conflicts(), out));

    private Brief() {}

    static String markdown(BriefFacts facts, String generated) {
        MarkdownText out = new MarkdownText(new Footnotes(facts.documents()));
        out.heading(1, "Brief: " + facts.title());
        out.paragraph("Scope: " + MarkdownText.plain(facts.title()) + ". Assembled by Bilat on " + generated
                + " from " + facts.inScope().size() + " stored documents; every statement cites its passage in the"
                + " notes.");
        SECTIONS.forEach(section -> section.write(facts, out));
        out.notesSection("Notes");
        return out.toString();
    }
}
