package org.bilat.extract.time;

import java.util.Objects;

/**
 * A time expression of the text as the schema writes dates: ISO 8601 at the precision given, a span as {@code a/b}.
 *
 * @param first index of its first token
 * @param last index of its last token (inclusive)
 * @param date "2016", "2016-09", "2016-09-28", "2010/2013" or "2017-07-11/2017-07-18"
 */
public record DatedSpan(int first, int last, String date) {
    public DatedSpan {
        Objects.requireNonNull(date, "date");
    }
}
