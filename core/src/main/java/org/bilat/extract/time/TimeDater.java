package org.bilat.extract.time;

import static org.bilat.extract.time.CalendarDates.YEAR;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.NlpPipeline;
import org.bilat.nlp.TimeMention;
import org.jspecify.annotations.Nullable;

/**
 * The schema date of one time expression. A time that names no year ("on 10 May") takes the year named right after
 * it, else the year last named in its paragraph, else, in a dated report, the report's year as SUTime reads it; never
 * a time after the report.
 */
final class TimeDater {
    private static final int EARLIEST_YEAR = 1000;
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private final TimeValues values;
    private final TimeSurroundings around;
    private final List<String> warnings;

    TimeDater(AnnotatedText text, List<String> warnings) {
        this.values = new TimeValues(text, warnings);
        this.around = new TimeSurroundings(text);
        this.warnings = warnings;
    }

    /**
     * The date of {@code time}, or null for none (a state of affairs, a measure, a century, a value that cannot be
     * read).
     */
    @Nullable
    String date(TimeMention time, @Nullable String lastYear, boolean yearNearby, @Nullable String documentDate) {
        String value = time.value();
        if (Weekdays.names(time.text())) {
            return Weekdays.day(time.text(), documentDate);
        }
        if (isStateOfAffairs(time, documentDate) || around.isMeasure(time) || TimeWording.namesCentury(time)) {
            return null;
        }
        Matcher week = WEEK.matcher(value);
        if (week.matches()) {
            return CalendarDates.week(week, documentDate);
        }
        String read = readable(time, value, lastYear);
        return read == null ? null : placed(time, read, lastYear, yearNearby, documentDate);
    }

    /** "now", "at present", the report's own day SUTime anchors on: a state of affairs, not a happening's date. */
    private boolean isStateOfAffairs(TimeMention time, @Nullable String documentDate) {
        String value = time.value();
        return value.equals("PRESENT_REF")
                || (documentDate != null
                        && value.equals(NlpPipeline.anchorDay(documentDate))
                        && (!TimeWording.namesCalendarDay(time) || around.inDateline(time)));
    }

    /** The date {@code value} names, if it is in the calendar and in the years a document can report. */
    private @Nullable String readable(TimeMention time, String value, @Nullable String lastYear) {
        String read = values.read(time, value, lastYear);
        if (read == null) {
            return null;
        }
        if (!CalendarDates.exists(read)) {
            warnings.add("token " + time.first() + " (\"" + time.text() + "\"): the date " + read
                    + " does not exist; skipped");
            return null;
        }
        if (YEAR.matcher(read).matches()) {
            read = LooseTimes.of(read, around.wordsBeforeYear(time));
        }
        int year = Integer.parseInt(read.substring(0, 4));
        if (year < EARLIEST_YEAR || year > Year.now(ZoneOffset.UTC).getValue() + 1) {
            warnings.add("token " + time.first() + " (\"" + time.text() + "\"): the date " + value
                    + " lies outside the years a document can report");
            return null;
        }
        return read;
    }

    /** {@code read} in the year the text gives it: its own, the one after it, the last named, or the report's. */
    private String placed(
            TimeMention time,
            String read,
            @Nullable String lastYear,
            boolean yearNearby,
            @Nullable String documentDate) {
        if (TimeWording.isCountedBack(time)) {
            // "32 years ago" gives a year, not the day of the document's date it is counted from
            return read.substring(0, time.text().toLowerCase(Locale.ROOT).contains("month") ? 7 : 4);
        }
        if (TimeWording.namesItsYear(time) || TimeWording.isRelative(time)) {
            return read;
        }
        Optional<String> following = around.yearAfter(time);
        if (following.isPresent()) {
            return CalendarDates.retimed(read, following.get());
        }
        boolean datedReport = documentDate != null && documentDate.length() > 4;
        if (lastYear != null && (yearNearby || !datedReport)) {
            return CalendarDates.retimed(read, lastYear);
        }
        return documentDate == null ? read : CalendarDates.notAfter(read, documentDate);
    }
}
