package org.bilat.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The days an ISO date of the schema covers: "2016" is the whole year, "2016-09" the month, "2016-09-28" the day, and
 * a span "a/b" runs from a's first day to b's last. Days print as YYYY-MM-DD, which sort and compare as strings.
 */
public record DateSpan(LocalDate first, LocalDate last) {
    /** The days the date covers, or empty when it is not a schema date. */
    public static Optional<DateSpan> parse(@Nullable String date) {
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        String[] ends = date.strip().split("/", -1);
        if (ends.length > 2) {
            return Optional.empty();
        }
        Optional<DateSpan> from = single(ends[0]);
        Optional<DateSpan> to = ends.length == 2 ? single(ends[1]) : from;
        if (from.isEmpty()
                || to.isEmpty()
                || to.get().last().isBefore(from.get().first())) {
            return Optional.empty();
        }
        return Optional.of(new DateSpan(from.get().first(), to.get().last()));
    }

    /** The years {@code from}..{@code to}, either end open when null. */
    static DateSpan years(@Nullable Integer from, @Nullable Integer to) {
        return new DateSpan(
                from == null ? LocalDate.MIN : LocalDate.of(from, 1, 1),
                to == null ? LocalDate.MAX : LocalDate.of(to, 12, 31));
    }

    private static Optional<DateSpan> single(String date) {
        String[] parts = date.strip().split("-", -1);
        try {
            int year = Integer.parseInt(parts[0]);
            if (year < 1000 || year > 9999) {
                return Optional.empty();
            }
            return switch (parts.length) {
                case 1 -> Optional.of(new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
                case 2 -> {
                    YearMonth month = YearMonth.of(year, Integer.parseInt(parts[1]));
                    yield Optional.of(new DateSpan(month.atDay(1), month.atEndOfMonth()));
                }
                case 3 -> {
                    LocalDate day = LocalDate.of(year, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                    yield Optional.of(new DateSpan(day, day));
                }
                default -> Optional.empty();
            };
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the two share a day: dates compared at the coarser of their precisions. */
    boolean overlaps(DateSpan other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    /** Every year the span touches, in order. */
    public List<Integer> years() {
        return IntStream.rangeClosed(first.getYear(), last.getYear()).boxed().toList();
    }

    long days() {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }

    /** The span of stored first and last days, or null when either is missing. */
    static @Nullable DateSpan stored(@Nullable String firstDay, @Nullable String lastDay) {
        return firstDay == null || lastDay == null
                ? null
                : new DateSpan(LocalDate.parse(firstDay), LocalDate.parse(lastDay));
    }
}
