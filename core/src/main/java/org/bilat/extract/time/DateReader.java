package org.bilat.extract.time;

import static org.bilat.extract.time.CalendarDates.YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.TimeMention;
import org.jspecify.annotations.Nullable;

/**
 * Reads a text's time expressions in order into dated spans, carrying the year last named to the days and months that
 * name none, then joins the linked ones into ranges.
 */
final class DateReader {
    private static final Pattern DAY_TIME = Pattern.compile("(\\d{4}|XXXX)-\\d{2}-\\d{2}T.*");

    private final AnnotatedText text;
    private final TimeDater dater;

    DateReader(AnnotatedText text, List<String> warnings) {
        this.text = text;
        this.dater = new TimeDater(text, warnings);
    }

    /** The dated spans of the text, in text order, for a document of {@code documentDate}. */
    List<DatedSpan> read(@Nullable String documentDate) {
        List<DatedSpan> found = new ArrayList<>();
        String lastYear = documentDate == null || documentDate.length() < 4 ? null : documentDate.substring(0, 4);
        int lastYearAt = -1;
        for (TimeMention time : text.times()) {
            if (time.type().equals("SET")) {
                yearIn(time).ifPresent(found::add);
                continue;
            }
            if (time.type().equals("DURATION")) {
                YearRanges.of(time).ifPresent(found::add);
                continue;
            }
            if (!time.type().equals("DATE") && !isDayTime(time)) {
                continue;
            }
            String date = dateOf(time, lastYear, lastYearAt, documentDate);
            if (date == null) {
                continue;
            }
            if (!date.contains("/") || YEAR.matcher(date.substring(0, 4)).matches()) {
                lastYear = date.substring(0, 4);
                lastYearAt = time.last();
            }
            DatedSpan span = DayRanges.widen(text.tokens(), new DatedSpan(time.first(), time.last(), date));
            found.removeIf(earlier -> earlier.first() >= span.first());
            found.add(span);
        }
        return new RangeJoiner(text).join(found, documentDate);
    }

    /** The date of {@code time} given the year named last (at token {@code lastYearAt}) before it. */
    private @Nullable String dateOf(
            TimeMention time, @Nullable String lastYear, int lastYearAt, @Nullable String documentDate) {
        // a news report's month without a year is of the report's year unless its own sentence names one
        boolean newsReport = documentDate != null && documentDate.length() > 4;
        boolean sameSentence = lastYearAt >= 0 && sentenceOf(lastYearAt) == sentenceOf(time.first());
        boolean yearNearby = newsReport ? sameSentence : lastYearAt >= 0 && sameParagraph(lastYearAt, time.first());
        String year = documentDate != null && newsReport && !sameSentence ? documentDate.substring(0, 4) : lastYear;
        return dater.date(time, notAfterDocument(year, documentDate), yearNearby, documentDate);
    }

    /**
     * A yearless month takes the year last named unless that year lies after the document's ("tanks due between 2022
     * and 2026 were ordered at the end of August" is the document year's August): a report tells what happened.
     */
    private static @Nullable String notAfterDocument(@Nullable String year, @Nullable String documentDate) {
        if (year == null || documentDate == null || documentDate.length() < 4) {
            return year;
        }
        String documentYear = documentDate.substring(0, 4);
        return year.compareTo(documentYear) > 0 ? documentYear : year;
    }

    /** "the morning of August 5", "Monday evening": a time of day SUTime gives with its day, which dates like a day. */
    private static boolean isDayTime(TimeMention time) {
        return time.type().equals("TIME") && DAY_TIME.matcher(time.value()).matches();
    }

    /** The year a recurring time names ("every year since 2011"), which SUTime gives as a set. */
    private Optional<DatedSpan> yearIn(TimeMention time) {
        for (int i = time.first(); i <= time.last(); i++) {
            String word = text.tokens().get(i).text();
            if (YEAR.matcher(word).matches() && (word.startsWith("19") || word.startsWith("20"))) {
                return Optional.of(new DatedSpan(i, i, word));
            }
        }
        return Optional.empty();
    }

    private int sentenceOf(int token) {
        return text.tokens().get(token).sentence();
    }

    /** Whether no blank line stands between two tokens. */
    private boolean sameParagraph(int from, int to) {
        String between = text.text()
                .substring(text.tokens().get(from).end(), text.tokens().get(to).begin());
        return !between.matches("(?s).*\\n\\s*\\n.*");
    }
}
