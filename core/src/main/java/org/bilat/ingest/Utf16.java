package org.bilat.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises UTF-16 text, with a byte-order mark or without one: Latin-script text in UTF-16 has a zero byte in
 * nearly every other place (the high byte of each character), on the odd places for little-endian and the even ones
 * for big-endian, which no UTF-8 text and hardly any binary file shows.
 */
final class Utf16 {
    private static final int SAMPLE = 4096;
    /** Fewer characters than this tell nothing: a few bytes with a NUL among them are binary junk. */
    private static final int MIN_PAIRS = 8;

    private static final double ZERO_SHARE = 0.4;
    private static final double OTHER_SIDE_MAX = 0.05;

    private Utf16() {}

    /** UTF-16LE or UTF-16BE when the bytes are UTF-16 text. */
    static Optional<Charset> of(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        int pairs = Math.min(bytes.length, SAMPLE) / 2;
        if (pairs < MIN_PAIRS) {
            return Optional.empty();
        }
        double evenZeros = zeroShare(bytes, 0, pairs);
        double oddZeros = zeroShare(bytes, 1, pairs);
        if (oddZeros >= ZERO_SHARE && evenZeros <= OTHER_SIDE_MAX) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros >= ZERO_SHARE && oddZeros <= OTHER_SIDE_MAX) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** The bytes after the byte-order mark, if there is one. */
    static byte[] withoutMark(byte[] bytes) {
        boolean mark = bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        return mark ? Arrays.copyOfRange(bytes, 2, bytes.length) : bytes;
    }

    private static double zeroShare(byte[] bytes, int offset, int pairs) {
        int zeros = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i + offset] == 0) {
                zeros++;
            }
        }
        return (double) zeros / pairs;
    }
}
