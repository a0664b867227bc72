package org.bilat.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bilat.nlp.Token;

/**
 * A span of days whose first day SUTime leaves out: "December 16 and 17, 2014" (only the year is tagged), "28 February
 * to 2 March 2023" and "28 to 30 March 2023" (only the last day is tagged).
 */
final class DayRanges {
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final List<String> LINKS = List.of("and", "to", "until", "till", "-", "–", "—", "--");

    private DayRanges() {}

    /** {@code span} widened over the days written before it, when it is one of these forms. */
    static DatedSpan widen(List<Token> tokens, DatedSpan span) {
        return yearAfterDays(tokens, span)
                .or(() -> lastDayOfRange(tokens, span))
                .orElse(span);
    }

    /** "December 16 and 17, 2014": MONTH DAY LINK DAY [,] YEAR, with only the year tagged. */
    private static Optional<DatedSpan> yearAfterDays(List<Token> tokens, DatedSpan span) {
        int before = span.first() - 1;
        if (span.date().length() != 4 || before < 0) {
            return Optional.empty();
        }
        int i = word(tokens, before).equals(",") ? before - 1 : before;
        if (i < 3 || !isDay(word(tokens, i)) || !LINKS.contains(word(tokens, i - 1)) || !isDay(word(tokens, i - 2))) {
            return Optional.empty();
        }
        int month = month(word(tokens, i - 3));
        return range(span.date(), month, word(tokens, i - 2), month, word(tokens, i))
                .map(d -> new DatedSpan(i - 3, span.last(), d));
    }

    /** "28 February to 2 March 2023", "28 to 30 March 2023": DAY [MONTH] LINK before a tagged day. */
    private static Optional<DatedSpan> lastDayOfRange(List<Token> tokens, DatedSpan span) {
        int i = span.first() - 1;
        if (span.date().length() != 10
                || i < 1
                || !LINKS.contains(word(tokens, i))
                || word(tokens, i).equals("and")) {
            return Optional.empty();
        }
        String year = span.date().substring(0, 4);
        int endMonth = Integer.parseInt(span.date().substring(5, 7));
        String endDay = span.date().substring(8);
        int startMonth = month(word(tokens, i - 1));
        if (startMonth > 0 && i >= 2 && isDay(word(tokens, i - 2))) {
            return range(year, startMonth, word(tokens, i - 2), endMonth, endDay)
                    .map(d -> new DatedSpan(i - 2, span.last(), d));
        }
        return isDay(word(tokens, i - 1))
                ? range(year, endMonth, word(tokens, i - 1), endMonth, endDay)
                        .map(d -> new DatedSpan(i - 1, span.last(), d))
                : Optional.empty();
    }

    private static Optional<String> range(String year, int firstMonth, String firstDay, int lastMonth, String lastDay) {
        int y = Integer.parseInt(year);
        if (firstMonth < 1 || lastMonth < firstMonth) {
            return Optional.empty();
        }
        int a = number(firstDay);
        int b = number(lastDay);
        if (a > YearMonth.of(y, firstMonth).lengthOfMonth()
                || b > YearMonth.of(y, lastMonth).lengthOfMonth()) {
            return Optional.empty();
        }
        LocalDate first = LocalDate.of(y, firstMonth, a);
        LocalDate last = LocalDate.of(y, lastMonth, b);
        return first.isBefore(last) ? Optional.of(first + "/" + last) : Optional.empty();
    }

    private static boolean isDay(String word) {
        return word.matches("\\d{1,2}(?:st|nd|rd|th)?") && number(word) >= 1;
    }

    /** The number of a day written "7", "07" or "7th". */
    private static int number(String day) {
        return Integer.parseInt(day.replaceAll("\\D", ""));
    }

    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() >= 3 && w.matches("[a-z]+\\.?") ? MONTHS.indexOf(w.substring(0, 3)) + 1 : 0;
    }

    private static String word(List<Token> tokens, int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
}
