package org.bilat.ingest;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finds dates written in common English and numeric forms and writes them as ISO 8601 at the precision known. */
final class DateNormalizer {
    /** A date found in a line: where it starts and ends, and its ISO form ({@code 2017}, {@code 2017-12}, ...). */
    record Found(int start, int end, String iso) {}

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:18|19|20)\\d{2})";
    private static final String DASH = "\\s*(?:-|–|—|to|until)\\s*";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern YEAR_ONLY = Pattern.compile(YEAR);
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})(?:-(\\d{2}))?(?![\\d-])");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([./])(\\d{1,2})\\2" + YEAR + "\\b");
    /** After a year a letter may follow: page labels glue dates to the words around them ("article18 July 2022News"). */
    private static final String YEAR_END = "(?!\\d)";
    /** Before a day a letter may stand, for the same reason; a digit may not. */
    private static final String DAY_START = "(?<!\\d)";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+" + DAY + "(?:" + DASH + "(?:[a-z]+\\.?\\s+)?\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+" + YEAR
                    + YEAR_END,
            FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            DAY_START + DAY + "(?:" + DASH + "\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR
                    + YEAR_END,
            FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + YEAR_END, FLAGS);
    /** A weekday, then a day, month and two-digit year, as a masthead writes it: "Fri - 10 March 23". */
    private static final Pattern WEEKDAY_SHORT_YEAR = Pattern.compile(
            "\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\s*[-–—,]?\\s*" + DAY + "\\s+" + MONTH
                    + ",?\\s+(\\d{2})(?![\\d:])",
            FLAGS);
    /** A day and month without a year: "May 10", "Aug. 7", "21 December". */
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?![\\d:])", FLAGS);

    private static final Pattern DAY_MONTH = Pattern.compile(DAY_START + DAY + "\\s+" + MONTH + "(?![a-z])", FLAGS);
    private static final int CENTURY = 100;

    private DateNormalizer() {}

    /** A metadata value such as {@code 2017-12-11T10:00:00Z} or {@code Dec 11, 2017} in ISO form, if it holds a date. */
    static Optional<String> normalize(String value) {
        String s = value.strip();
        return YEAR_ONLY.matcher(s).matches() ? Optional.of(s) : find(s).map(Found::iso);
    }

    /** The first date in {@code line}; where several forms start at one place, the longest. */
    static Optional<Found> find(String line) {
        List<Found> all = new ArrayList<>();
        collect(ISO.matcher(line), 1, 2, 3, all);
        collectNumeric(line, all);
        collect(MONTH_DAY_YEAR.matcher(line), 3, 1, 2, all);
        collect(DAY_MONTH_YEAR.matcher(line), 3, 2, 1, all);
        collect(MONTH_YEAR.matcher(line), 2, 1, 0, all);
        collectShortYears(line, all);
        List<Found> impossible = all.stream().filter(f -> f.iso().isEmpty()).toList();
        return all.stream()
                .filter(f -> impossible.stream().noneMatch(bad -> f.start() < bad.end() && bad.start() < f.end()))
                .min(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
    }

    /** Each date {@code m} finds; a day that does not exist ("31 February 2021") is kept with an empty ISO form. */
    private static void collect(Matcher m, int year, int month, int day, List<Found> out) {
        while (m.find()) {
            String d = day == 0 ? null : m.group(day);
            String iso = iso(m.group(year), monthNumber(m.group(month)), d).orElse("");
            out.add(new Found(m.start(), m.end(), iso));
        }
    }

    /** "Fri - 10 March 23": a two-digit year counts in the current century unless that lies in the future. */
    private static void collectShortYears(String line, List<Found> out) {
        Matcher m = WEEKDAY_SHORT_YEAR.matcher(line);
        int now = Year.now(ZoneOffset.UTC).getValue();
        while (m.find()) {
            int year = now - now % CENTURY + Integer.parseInt(m.group(3));
            String full = Integer.toString(year > now ? year - CENTURY : year);
            iso(full, monthNumber(m.group(2)), m.group(1)).ifPresent(s -> out.add(new Found(m.start(), m.end(), s)));
        }
    }

    /**
     * The first day and month without a year at {@code from} or after it, in {@code year}: a dateline ("MINSK, May
     * 10") leaves its year to the rest of the document.
     */
    static Optional<Found> dayWithoutYear(String line, int from, int year) {
        List<Found> all = new ArrayList<>();
        Matcher md = MONTH_DAY.matcher(line);
        if (md.find(from)) {
            iso(Integer.toString(year), monthNumber(md.group(1)), md.group(2))
                    .ifPresent(s -> all.add(new Found(md.start(), md.end(), s)));
        }
        Matcher dm = DAY_MONTH.matcher(line);
        if (dm.find(from)) {
            iso(Integer.toString(year), monthNumber(dm.group(2)), dm.group(1))
                    .ifPresent(s -> all.add(new Found(dm.start(), dm.end(), s)));
        }
        return all.stream().min(Comparator.comparingInt(Found::start));
    }

    /** Dotted dates are day first (21.08.2024); slashed ones only when the order is unambiguous. */
    private static void collectNumeric(String line, List<Found> out) {
        Matcher m = NUMERIC.matcher(line);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean dayFirst = m.group(2).equals(".") || a > 12;
            boolean monthFirst = !dayFirst && b > 12;
            Optional<String> iso = dayFirst
                    ? iso(m.group(4), b, m.group(1))
                    : monthFirst ? iso(m.group(4), a, m.group(3)) : Optional.of(m.group(4));
            iso.ifPresent(s -> out.add(new Found(m.start(), m.end(), s)));
        }
    }

    private static int monthNumber(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return Integer.parseInt(text);
        }
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String prefix = text.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + text);
    }

    private static Optional<String> iso(String year, int month, @Nullable String day) {
        int y = Integer.parseInt(year);
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        if (day == null) {
            return Optional.of(YearMonth.of(y, month).toString());
        }
        int d = Integer.parseInt(day);
        boolean real = d >= 1 && d <= YearMonth.of(y, month).lengthOfMonth();
        return real ? Optional.of(LocalDate.of(y, month, d).toString()) : Optional.empty();
    }
}
