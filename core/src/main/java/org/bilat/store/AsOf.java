package org.bilat.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;

/**
 * A cut through time: the knowledge base as it stood at the end of a day (UTC), holding only the documents ingested
 * by then, or only those published by then. Every read that lists facts takes one; {@link #now()} cuts nothing. A
 * judgement made later than {@link #until()} lies beyond the cut as well.
 *
 * @param day the last day inside the cut, or null for no cut
 * @param basis whether the ingest time or the publication date of a document decides
 */
public record AsOf(@Nullable LocalDate day, Basis basis) {
    /** What dates a document for the cut. */
    public enum Basis {
        /** When the document entered the store. */
        INGESTED,
        /** When the document was published; a document with no publication date lies outside any cut. */
        PUBLISHED
    }

    public AsOf {
        Objects.requireNonNull(basis, "basis");
    }

    /** No cut: everything stored now. */
    public static AsOf now() {
        return new AsOf(null, Basis.INGESTED);
    }

    /**
     * The cut a user asks for: {@code day} (YYYY-MM-DD, or null for none) read as a publication date when {@code
     * published}, else as an ingest date; {@code name} names the option or parameter in the error a bad day gives.
     */
    public static AsOf parse(@Nullable String day, boolean published, String name) {
        if (day == null || day.isBlank()) {
            return now();
        }
        try {
            return new AsOf(LocalDate.parse(day.strip()), published ? Basis.PUBLISHED : Basis.INGESTED);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BilatException(name + ": not a day (YYYY-MM-DD): " + day, e);
        }
    }

    /** Whether this cuts anything away. */
    public boolean cuts() {
        return day != null;
    }

    /** The first instant outside the cut (the start of the next day, UTC), or null for no cut. */
    public @Nullable Instant until() {
        LocalDate last = day;
        return last == null
                ? null
                : last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whether a document ingested at {@code ingestedAt} (ISO instant) and published on {@code published} is inside. */
    boolean admits(String ingestedAt, @Nullable String published) {
        LocalDate last = day;
        if (last == null) {
            return true;
        }
        if (basis == Basis.PUBLISHED) {
            return DateSpan.parse(published)
                    .map(span -> !span.first().isAfter(last))
                    .orElse(false);
        }
        Instant end = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Instant.parse(ingestedAt).isBefore(end);
    }
}
