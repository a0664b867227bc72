package org.bilat.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finds title, author, publisher and date in the head of a text, where front matter and bylines usually stand. */
final class TextMetadata {
    static final int HEAD_LINES = 15;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern TITLE = Pattern.compile("^title\\s*:\\s*(.+)$", FLAGS);
    private static final Pattern PUBLISHER =
            Pattern.compile("^(?:(?:publication|publisher)\\s*:|published by\\s*:?)\\s*(.+?)\\s*$", FLAGS);
    private static final Pattern ISSUE = Pattern.compile("\\b(?:volume|vol\\.|issue|no\\.)\\s*:?\\s*\\d", FLAGS);
    /** A journal issue such as "Volume: 14 Issue: 97" or "Vol. 3, No. 2"; prose like "Directive No. 5" is not one. */
    private static final Pattern VOLUME_ISSUE =
            Pattern.compile("\\b(?:volume|vol\\.)\\s*:?\\s*\\d+\\W{0,3}\\s*(?:issue|no\\.|number)\\s*:?\\s*\\d", FLAGS);

    private static final Pattern BYLINE = Pattern.compile("^(?iu:authors?|written by|by)(?:\\s*:.*|\\s+\\p{Lu}.*|$)");
    private static final Pattern DATE_LABEL = Pattern.compile(
            "^(?:posted|published|publication date|date|dated|updated|last updated|issued)(?:\\s+on)?\\s*:?\\s+(.+)$",
            FLAGS);
    /** A word that announces the publication date somewhere before it on a masthead line. */
    private static final Pattern PUBLISHED_WORD = Pattern.compile("\\b(?:published|posted|updated|dated?)\\b", FLAGS);

    private static final Pattern YEAR = Pattern.compile("\\b(?:18|19|20)\\d{2}\\b");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:publication|publisher|published|posted|authors?|editors?|date|updated|source|tags|categories"
                    + "|keywords|description|summary|layout|slug|lang|language|draft)\\s*:",
            FLAGS);
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#+\\s*|\\s*#+$");
    private static final int MAX_TITLE = 200;

    private TextMetadata() {}

    /** The citation the head of {@code text} states; the first line is the title only if {@code firstLineIsTitle}. */
    static Citation from(String text, boolean firstLineIsTitle) {
        List<String> head = head(text);
        String title = labelled(head, TITLE);
        if (title == null && firstLineIsTitle) {
            title = firstLineTitle(head);
        }
        return Citation.of(title, Byline.author(head), publisher(head), published(head, text));
    }

    private static List<String> head(String text) {
        return text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .limit(HEAD_LINES)
                .toList();
    }

    private static @Nullable String labelled(List<String> head, Pattern label) {
        for (String line : head) {
            Matcher m = label.matcher(line);
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The first line that is not front matter, a label, a byline or a date; too long a line is prose, not a title. */
    private static @Nullable String firstLineTitle(List<String> head) {
        boolean frontMatter = !head.isEmpty() && head.get(0).equals("---");
        for (String line : head.subList(frontMatter ? 1 : 0, head.size())) {
            frontMatter &= !line.equals("---");
            boolean skip = frontMatter
                    || line.equals("---")
                    || LABEL.matcher(line).lookingAt()
                    || BYLINE.matcher(line).matches()
                    || headerDate(line).isPresent();
            if (!skip) {
                String title = MARKDOWN_HEADING.matcher(line).replaceAll("");
                return title.length() <= MAX_TITLE ? title : null;
            }
        }
        return null;
    }

    private static @Nullable String publisher(List<String> head) {
        String name = labelled(head, PUBLISHER);
        if (name == null) {
            return null;
        }
        Matcher issue = ISSUE.matcher(name);
        return issue.find() ? name.substring(0, issue.start()) : name;
    }

    /**
     * A labelled date first, then a dateline or masthead date, then a dateline without its year, then the date in the
     * document's own URL, then the year of a volume/issue line.
     */
    private static @Nullable PublishedDate published(List<String> head, String text) {
        String label = labelled(head, DATE_LABEL);
        Optional<String> labelled = label == null ? Optional.empty() : DateNormalizer.normalize(label);
        if (labelled.isPresent()) {
            return new PublishedDate(labelled.get(), "date label");
        }
        for (String line : head) {
            Optional<DateNormalizer.Found> found = headerDate(line);
            if (found.isPresent()) {
                return new PublishedDate(found.get().iso(), "header line");
            }
        }
        PublishedDate date = Datelines.yearless(head, text);
        if (date == null) {
            date = SourceUrls.date(text);
        }
        String year = issueYear(head);
        return date != null || year == null ? date : new PublishedDate(year, "volume/issue line");
    }

    private static @Nullable String issueYear(List<String> head) {
        for (String line : head) {
            Matcher year = YEAR.matcher(line);
            if (VOLUME_ISSUE.matcher(line).find() && year.find()) {
                return year.group();
            }
        }
        return null;
    }

    /**
     * A date that is the point of its line: little else on it, it follows a dateline place ("MINSK, ..."), a
     * publication word ("Published Date - Fri - 10 March 23"), or it is glued between page labels ("article18 July
     * 2022Directorate").
     */
    static Optional<DateNormalizer.Found> headerDate(String line) {
        Optional<DateNormalizer.Found> found = DateNormalizer.find(line);
        if (found.isEmpty()) {
            return found;
        }
        String before = line.substring(0, found.get().start());
        String after = line.substring(found.get().end());
        String rest = before + " " + after;
        int words = rest.isBlank() ? 0 : rest.strip().split("\\s+").length;
        boolean dateline = before.matches("^(?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,4}(?:\\([^)]*\\))?\\s*[,–—-]\\s*$");
        boolean glued = before.matches("(?s).*\\p{L}") || after.matches("(?s)\\p{L}.*");
        boolean announced = PUBLISHED_WORD.matcher(before).find();
        return words <= 6 || dateline || glued || announced ? found : Optional.empty();
    }
}
