package org.bilat.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A weekday a report names for something that happened ("on Saturday", "late on Friday", "last Tuesday"): the last such
 * day on or before the report's date, or strictly before it after "last"; a report tells the past by weekdays of the
 * week it is written in.
 */
final class Weekdays {
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:(?:early|late)\\s+)?(?:on\\s+)?(?:(last|past)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
            Pattern.CASE_INSENSITIVE);

    private Weekdays() {}

    /** Whether {@code words} is a weekday alone or after "last"/"past". */
    static boolean names(String words) {
        return WEEKDAY.matcher(words.strip()).matches();
    }

    /** The day {@code words} names in a report of {@code documentDate}; null unless that date is a whole day. */
    static @Nullable String day(String words, @Nullable String documentDate) {
        Matcher m = WEEKDAY.matcher(words.strip());
        if (!m.matches() || documentDate == null || documentDate.length() != "2000-01-01".length()) {
            return null;
        }
        LocalDate written;
        try {
            written = LocalDate.parse(documentDate);
        } catch (DateTimeParseException e) {
            return null;
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        LocalDate date = m.group(1) == null
                ? written.with(TemporalAdjusters.previousOrSame(day))
                : written.with(TemporalAdjusters.previous(day));
        return date.toString();
    }
}
