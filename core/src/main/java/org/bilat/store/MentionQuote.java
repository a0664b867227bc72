package org.bilat.store;

import java.util.Objects;

/**
 * One mention with the passage around it.
 *
 * @param start offset of the mention in the document text
 * @param end offset just past the mention
 * @param surface the mention as written
 * @param quote the sentence around the mention (at most about 300 characters), an exact substring of the document text
 * @param quoteStart offset of the quote in the document text
 * @param quoteEnd offset just past the quote
 */
public record MentionQuote(
        String documentId,
        String source,
        int start,
        int end,
        String surface,
        String quote,
        int quoteStart,
        int quoteEnd) {
    public MentionQuote {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(quote, "quote");
    }
}
