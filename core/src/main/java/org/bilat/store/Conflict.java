package org.bilat.store;

import java.util.List;
import java.util.Objects;

/**
 * Documents that disagree on the date or the figure of one thing; every side is kept.
 *
 * @param thing what they disagree about, in words ("A-100 (DEVELOP)", "range of A-100 in KM")
 * @param claims each side: its value, source and quote
 */
public record Conflict(Kind kind, String thing, List<Claim> claims) {
    /** What the documents disagree on. */
    public enum Kind {
        DATE,
        FIGURE
    }

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(thing, "thing");
        claims = List.copyOf(claims);
    }
}
