package org.bilat.extract.time;

import static org.bilat.extract.time.CalendarDates.DAY;
import static org.bilat.extract.time.CalendarDates.MONTH;
import static org.bilat.extract.time.CalendarDates.YEAR;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.TimeMention;
import org.bilat.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * SUTime's value of one time expression as a schema date at the text's precision: a decade "201X" becomes 2010/2019
 * (the early, mid or late part of it where the text says so), "July 11–18" a span of days, a yearless day or month
 * takes the year given.
 */
final class TimeValues {
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern YEARLESS = Pattern.compile("XXXX(-\\d{2}(-\\d{2})?)(T[A-Z0-9:]+)?");
    private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4}(-\\d{2}(-\\d{2})?)?)(?:T|\\b).*");

    private final AnnotatedText text;
    private final List<String> warnings;

    TimeValues(AnnotatedText text, List<String> warnings) {
        this.text = text;
        this.warnings = warnings;
    }

    /** The date {@code value} names, a yearless one in {@code lastYear}; null (warned of if unreadable) for none. */
    @Nullable
    String read(TimeMention time, String value, @Nullable String lastYear) {
        Matcher leading = LEADING_DATE.matcher(value);
        if (DAY.matcher(value).matches()
                || MONTH.matcher(value).matches()
                || YEAR.matcher(value).matches()) {
            return withDayRange(time, value);
        }
        Matcher decade = DECADE.matcher(value);
        if (decade.matches()) {
            return decade(time, Integer.parseInt(decade.group(1)) * 10);
        }
        Matcher yearless = YEARLESS.matcher(value);
        if (yearless.matches()) {
            return lastYear == null ? null : withDayRange(time, lastYear + yearless.group(1));
        }
        if (leading.matches()) {
            return leading.group(1);
        }
        if (!value.contains("X") && !value.startsWith("P") && !value.contains("REF")) {
            warnings.add("token " + time.first() + " (\"" + time.text() + "\"): cannot read the date " + value);
        }
        return null;
    }

    private String decade(TimeMention time, int start) {
        String part = wordBefore(time.first()).or(() -> firstWord(time)).orElse("");
        return switch (part) {
            case "early" -> start + "/" + (start + 3);
            case "mid", "mid-" -> (start + 4) + "/" + (start + 6);
            case "late" -> (start + 7) + "/" + (start + 9);
            default -> start + "/" + (start + 9);
        };
    }

    private Optional<String> firstWord(TimeMention time) {
        for (int i = time.first(); i <= time.last(); i++) {
            String word = text.tokens().get(i).text().toLowerCase(Locale.ROOT);
            if (word.equals("early") || word.equals("late")) {
                return Optional.of(word);
            }
            if (word.startsWith("mid")) {
                return Optional.of("mid");
            }
        }
        return Optional.empty();
    }

    private Optional<String> wordBefore(int index) {
        for (int i = index - 1; i >= 0 && i >= index - 2; i--) {
            String word = text.tokens().get(i).text().toLowerCase(Locale.ROOT);
            if (word.equals("early") || word.equals("mid") || word.equals("late") || word.startsWith("mid-")) {
                return Optional.of(word.startsWith("mid") ? "mid" : word);
            }
        }
        return Optional.empty();
    }

    /** "July 11–18": a day followed by a dash and another day of the same month. */
    private String withDayRange(TimeMention time, String value) {
        if (!DAY.matcher(value).matches() || time.last() + 2 >= text.tokens().size()) {
            return value;
        }
        Token dash = text.tokens().get(time.last() + 1);
        Token day = text.tokens().get(time.last() + 2);
        if (TimeWording.isDash(dash.text()) && day.text().matches("\\d{1,2}") && dash.sentence() == day.sentence()) {
            int end = Integer.parseInt(day.text());
            int start = Integer.parseInt(value.substring(8));
            if (end > start && end <= 31) {
                return value + "/" + value.substring(0, 8) + String.format(Locale.ROOT, "%02d", end);
            }
        }
        return value;
    }
}
