package org.bilat.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Arithmetic on the schema's dates (a year, a month, a day or a span of them): no text, only the calendar. */
final class CalendarDates {
    static final Pattern YEAR = Pattern.compile("\\d{4}");
    static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private CalendarDates() {}

    /** A week ("this week", "last week"): its Monday to its Sunday, or to the document's date if that comes first. */
    static String week(Matcher week, @Nullable String documentDate) {
        LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                .with(DayOfWeek.MONDAY);
        LocalDate end = monday.plusDays(6);
        if (documentDate != null && DAY.matcher(documentDate).matches()) {
            LocalDate written = LocalDate.parse(documentDate);
            end = written.isBefore(end) && !written.isBefore(monday) ? written : end;
        }
        return monday + "/" + end;
    }

    /** Whether each day of {@code date} ("2021-02-31" does not; a year or month always does) is in the calendar. */
    static boolean exists(String date) {
        for (String part : date.split("/", -1)) {
            if (DAY.matcher(part).matches()) {
                try {
                    LocalDate.parse(part);
                } catch (DateTimeParseException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A date SUTime placed after the document's own date, moved back into the year before it at the latest. */
    static String notAfter(String date, String documentDate) {
        if (date.contains("/") || !isAfter(date, documentDate)) {
            return date;
        }
        int year = Integer.parseInt(documentDate.substring(0, 4));
        String moved = retimed(date, Integer.toString(year));
        return isAfter(moved, documentDate) ? retimed(date, Integer.toString(year - 1)) : moved;
    }

    /** Whether {@code date} lies after {@code other}, compared at the coarser of their precisions. */
    private static boolean isAfter(String date, String other) {
        int length = Math.min(date.length(), other.length());
        return date.substring(0, length).compareTo(other.substring(0, length)) > 0;
    }

    /** {@code date} (a day, a month or a span within one year) moved to {@code year}. */
    static String retimed(String date, String year) {
        if (date.contains("/")) {
            String[] parts = date.split("/", 2);
            return parts[0].substring(0, 4).equals(parts[1].substring(0, 4))
                    ? year + parts[0].substring(4) + "/" + year + parts[1].substring(4)
                    : date;
        }
        return year + date.substring(4);
    }
}
