package org.bilat.extract.time;

import static org.bilat.extract.time.CalendarDates.YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bilat.nlp.AnnotatedText;
import org.jspecify.annotations.Nullable;

/**
 * Joins dated expressions the text links into spans: "between 2015 and 2020", "from 2019 to 2022", "2015–2020",
 * "during 2023 and the first half of 2024", and runs "since 2011" to the document's year.
 */
final class RangeJoiner {
    private final AnnotatedText text;

    RangeJoiner(AnnotatedText text) {
        this.text = text;
    }

    /** {@code spans} (in text order) with each linked pair made one span. */
    List<DatedSpan> join(List<DatedSpan> spans, @Nullable String documentDate) {
        List<DatedSpan> joined = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            DatedSpan a = spans.get(i);
            DatedSpan b = i + 1 < spans.size() ? spans.get(i + 1) : null;
            Optional<DatedSpan> range = b == null ? Optional.empty() : range(a, b);
            if (range.isPresent()) {
                joined.add(range.get());
                i++;
                continue;
            }
            joined.add(untilDocument(a, documentDate));
        }
        return joined;
    }

    /** "since 2011": a time since a date runs from it to the document's year (events may narrow it to its start). */
    private DatedSpan untilDocument(DatedSpan span, @Nullable String documentDate) {
        boolean since = span.first() > 0 && lower(span.first() - 1).equals("since");
        if (!since
                || span.date().contains("/")
                || documentDate == null
                || documentDate.startsWith(span.date().substring(0, 4))) {
            return span;
        }
        return new DatedSpan(span.first(), span.last(), span.date() + "/" + documentDate.substring(0, 4));
    }

    /**
     * Two dates linked as a range, from the start of the first to the end of the second. A first month without a year
     * is of the second's year ("from January to September 2021"), and a first year meets a month at month precision
     * ("during 2023 and the first seven months of 2024" is 2023-01/2024-07).
     */
    private Optional<DatedSpan> range(DatedSpan a, DatedSpan b) {
        if (b.first() - a.last() != 2) {
            return Optional.empty();
        }
        String before = a.first() > 0 ? lower(a.first() - 1) : "";
        String link = lower(a.last() + 1);
        boolean range = ((before.equals("between") || before.equals("during")) && link.equals("and"))
                || (before.equals("from") && (link.equals("to") || link.equals("till") || link.equals("until")))
                || TimeWording.isDash(link);
        String end = b.date().substring(b.date().indexOf('/') + 1);
        String start = a.date().split("/", 2)[0];
        if (start.length() > 4 && !writesYear(a)) {
            start = CalendarDates.retimed(start, end.substring(0, 4));
        }
        if (start.length() == 4 && end.length() == 7) {
            start = start + "-01";
        }
        if (!range || start.compareTo(end) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new DatedSpan(a.first(), b.last(), start + "/" + end));
    }

    /** Whether a token of {@code span} is a year. */
    private boolean writesYear(DatedSpan span) {
        for (int k = span.first(); k <= span.last(); k++) {
            if (YEAR.matcher(text.tokens().get(k).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    private String lower(int index) {
        return text.tokens().get(index).text().toLowerCase(Locale.ROOT);
    }
}
