package org.bilat.ingest;

import java.time.Duration;

/**
 * The bounds one document of a batch must keep within, so that no single file can take the batch down.
 *
 * <p>The text bound is checked after reading and before the NLP, whose memory grows with the text (CoreNLP keeps an
 * object per token, its tags and a parse per sentence): 2 MB of text is about 350,000 words or 700 pages, far above any
 * news article or analytical brief (tens of KB); a higher bound wants a larger heap.
 *
 * @param maxBytes the largest file read, in bytes
 * @param maxChars the most characters of text a document may have
 * @param docTimeout how long reading and extracting one document may take
 */
public record Limits(long maxBytes, long maxChars, Duration docTimeout) {
    public static final long MB = 1024L * 1024;
    public static final Limits DEFAULT = new Limits(50 * MB, 2 * MB, Duration.ofMinutes(5));

    public Limits {
        if (maxBytes <= 0 || maxChars <= 0) {
            throw new IllegalArgumentException("limits must be more than 0: " + maxBytes + ", " + maxChars);
        }
        if (docTimeout.isNegative() || docTimeout.isZero()) {
            throw new IllegalArgumentException("timeout must be more than 0: " + docTimeout);
        }
    }

    /** These limits with another byte limit. */
    public Limits withMaxBytes(long bytes) {
        return new Limits(bytes, maxChars, docTimeout);
    }

    /** An amount of text for people, counting 1 MB as 1,048,576 characters: 30.5 MB, 2 MB, 12 KB. */
    public static String textSize(long chars, boolean roundUp) {
        return DocumentReader.humanSize(chars, roundUp);
    }
}
