package org.bilat.model;

import java.util.Objects;

/**
 * The exact words of a document that state a fact.
 *
 * @param start character offset of the quote's first character in the document text
 * @param end character offset just past its last character
 * @param quote {@code text.substring(start, end)} of the document
 */
public record Evidence(int start, int end, String quote) {
    public Evidence {
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end < start || end - start != quote.length()) {
            throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
        }
    }

    /** The quote of {@code start..end} in {@code text}. */
    public static Evidence of(String text, int start, int end) {
        return new Evidence(start, end, text.substring(start, end));
    }
}
