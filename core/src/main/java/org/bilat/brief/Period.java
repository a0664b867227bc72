package org.bilat.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;

/**
 * The days a digest covers, both ends included, in UTC.
 *
 * @param since the first day
 * @param until the last day
 */
public record Period(LocalDate since, LocalDate until) {
    public Period {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(since)) {
            throw new BilatException("--until " + until + " is before --since " + since);
        }
    }

    /** The period from {@code since} to {@code until} (today when null), each an ISO date such as 2024-01-01. */
    public static Period parse(String since, @Nullable String until, LocalDate today) {
        return new Period(day("--since", since), until == null ? today : day("--until", until));
    }

    private static LocalDate day(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BilatException(option + ": '" + text + "' is not a date; give YYYY-MM-DD, e.g. 2024-01-01", e);
        }
    }

    /** How many days it spans. */
    long days() {
        return ChronoUnit.DAYS.between(since, until) + 1;
    }

    /** The period of as many days that ends the day before this one starts. */
    Period previous() {
        return new Period(since.minusDays(days()), since.minusDays(1));
    }

    boolean contains(Instant instant) {
        LocalDate day = instant.atZone(ZoneOffset.UTC).toLocalDate();
        return contains(day);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(since) && !day.isAfter(until);
    }

    @Override
    public String toString() {
        return since + " to " + until;
    }
}
