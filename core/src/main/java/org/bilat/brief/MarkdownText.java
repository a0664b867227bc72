package org.bilat.brief;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bilat.store.Passage;

/** The Markdown text of a brief or a digest as its sections write it; source text goes in escaped. */
final class MarkdownText {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~&#!])");
    private final StringBuilder text = new StringBuilder();
    private final Footnotes notes;

    MarkdownText(Footnotes notes) {
        this.notes = notes;
    }

    /** Source text as literal Markdown inline text: one line, every character Markdown reads as markup escaped. */
    static String plain(String source) {
        String line = source.replaceAll("\\s+", " ").strip();
        return SPECIAL.matcher(line).replaceAll("\\\\$1");
    }

    void heading(int level, String words) {
        text.append("#".repeat(level)).append(' ').append(plain(words)).append("\n\n");
    }

    /** A paragraph of Markdown the caller built (source parts already through {@link #plain}). */
    void paragraph(String markdown) {
        text.append(markdown).append("\n\n");
    }

    void bullets(List<String> items) {
        items.forEach(item -> text.append("- ").append(item).append('\n'));
        text.append('\n');
    }

    /** A table; the cells are Markdown the caller built. */
    void table(List<String> header, List<List<String>> rows) {
        text.append(row(header)).append(row(header.stream().map(h -> "---").toList()));
        rows.forEach(r -> text.append(row(r)));
        text.append('\n');
    }

    /** The note marker for these passages, in the order given: "[1][4]". */
    String cite(List<Passage> passages) {
        return passages.stream()
                .map(p -> "\\[" + notes.number(p) + "\\]")
                .distinct()
                .collect(Collectors.joining());
    }

    /** The notes section, written last: each cited passage with its source. */
    void notesSection(String title) {
        if (notes.isEmpty()) {
            return;
        }
        heading(2, title);
        List<String> all = notes.notes();
        for (int i = 0; i < all.size(); i++) {
            text.append(i + 1).append(". ").append(all.get(i)).append('\n');
        }
        text.append('\n');
    }

    private static String row(List<String> cells) {
        return "| " + cells.stream().map(c -> c.replace("\n", " ")).collect(Collectors.joining(" | ")) + " |\n";
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
