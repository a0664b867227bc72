package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The first and last day an ISO date, month, year or "a/b" span covers, as score.py's date_range() reads it. */
record DateRange(LocalDate first, LocalDate last) {
    /** The range of a record's date field, or null when it is empty or not a date. */
    static @Nullable DateRange of(JsonNode value) {
        return PyJson.truthy(value) ? parse(PyJson.strip(PyJson.str(value))) : null;
    }

    /** score.py's dates_agree(): the prediction's range overlaps the gold's; a gold event without a date takes any. */
    static boolean agree(JsonNode gold, JsonNode pred) {
        DateRange g = of(gold);
        DateRange p = of(pred);
        if (g == null) {
            return true;
        }
        return p != null && !g.first.isAfter(p.last) && !p.first.isAfter(g.last);
    }

    private static @Nullable DateRange parse(String value) {
        int slash = value.indexOf('/');
        if (slash >= 0) {
            DateRange a = ofText(value.substring(0, slash));
            DateRange b = ofText(value.substring(slash + 1));
            return a != null && b != null ? new DateRange(a.first, b.last) : null;
        }
        List<Integer> parts = new ArrayList<>();
        String[] split = value.split("-", -1);
        for (String part : Arrays.asList(split).subList(0, Math.min(3, split.length))) {
            BigInteger number = PyJson.toInt(part);
            if (number == null) {
                return null;
            }
            parts.add(number.bitLength() < 32 ? number.intValue() : Integer.MAX_VALUE);
        }
        return ofParts(parts, value);
    }

    private static @Nullable DateRange ofText(String value) {
        return value.isEmpty() ? null : parse(PyJson.strip(value));
    }

    private static DateRange ofParts(List<Integer> parts, String value) {
        int year = parts.get(0);
        if (parts.size() == 1) {
            return new DateRange(date(year, 1, 1, value), date(year, 12, 31, value));
        }
        int month = parts.get(1);
        if (parts.size() == 2) {
            LocalDate next = date(year + (month == 12 ? 1 : 0), month % 12 + 1, 1, value);
            return new DateRange(date(year, month, 1, value), next.minusDays(1));
        }
        LocalDate day = date(year, month, parts.get(2), value);
        return new DateRange(day, day);
    }

    // Python's datetime.date takes years 1..9999 only and score.py stops on any other date
    private static LocalDate date(int year, int month, int day, String value) {
        try {
            if (year < 1 || year > 9999) {
                throw new DateTimeException("year out of range");
            }
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new BadRecord("date \"" + value + "\" is not a valid date (" + e.getMessage() + ")");
        }
    }
}
