package org.bilat.nlp;

import java.util.Objects;

/**
 * A time expression SUTime found, with its TIMEX3 value as SUTime gives it ("2016-09", "201X", "2017-07-11",
 * "2024 INTERSECT P7M"), relative expressions already anchored on the document's date.
 *
 * @param first index of its first token in the text's token list
 * @param last index of its last token (inclusive)
 * @param type the TIMEX3 type: DATE, TIME, DURATION or SET
 */
public record TimeMention(int first, int last, String text, String value, String type) {
    public TimeMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("bad token span " + first + ".." + last);
        }
    }
}
