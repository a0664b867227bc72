package org.bilat.brief;

import java.util.List;
import java.util.Locale;
import org.bilat.store.Claim;
import org.bilat.store.Conflict;

/** Where sources disagree on a date or a figure, every side with its note. */
final class OpenConflicts implements Section<List<Conflict>> {
    private final String title;

    OpenConflicts(String title) {
        this.title = title;
    }

    @Override
    public void write(List<Conflict> conflicts, MarkdownText out) {
        out.heading(2, title);
        if (conflicts.isEmpty()) {
            out.paragraph("No source disagrees with another here.");
            return;
        }
        out.bullets(conflicts.stream().map(c -> line(c, out)).toList());
    }

    /** "The date of X: 2014 [1]; 2015 [2]." */
    private static String line(Conflict conflict, MarkdownText out) {
        StringBuilder line = new StringBuilder("The ")
                .append(conflict.kind().name().toLowerCase(Locale.ROOT))
                .append(" of ")
                .append(MarkdownText.plain(conflict.thing()))
                .append(":");
        String separator = " ";
        for (Claim claim : conflict.claims()) {
            line.append(separator)
                    .append(MarkdownText.plain(claim.value()))
                    .append(' ')
                    .append(out.cite(List.of(claim.passage())));
            separator = "; ";
        }
        return line.append('.').toString();
    }
}
