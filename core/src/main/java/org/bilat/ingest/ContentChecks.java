package org.bilat.ingest;

import java.nio.file.Path;
import java.util.Locale;
import org.bilat.model.BilatException;

/** Rejects content that is not readable text, each with one line naming the file. */
final class ContentChecks {
    /** Share of control bytes above which a "text" file is taken for binary junk. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private ContentChecks() {}

    static void rejectEmpty(Path file, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BilatException(file + ": empty file");
        }
    }

    static void rejectBinary(Path file, byte[] bytes) {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BilatException(file + ": binary content (NUL byte at byte " + i + "); not a text file");
            }
            if (isControl(bytes[i])) {
                controls++;
            }
        }
        double share = (double) controls / Math.max(1, bytes.length);
        if (share > MAX_CONTROL_SHARE) {
            String percent = String.format(Locale.ROOT, "%.0f%%", share * 100);
            throw new BilatException(file + ": binary content (" + percent + " control characters); not a text file");
        }
    }

    static void requireText(Path file, String text) {
        if (text.isBlank()) {
            throw new BilatException(file + ": no text found");
        }
    }

    /** Refuses text the NLP should not be given: its memory grows with the text. */
    static void requireWithin(Path file, long chars, long maxChars) {
        if (chars > maxChars) {
            throw new BilatException(file + ": " + Limits.textSize(chars, true) + " of text is over the "
                    + Limits.textSize(maxChars, false) + " limit; split it or raise --max-text");
        }
    }

    /** The line for a reader that stopped at the limit, not knowing how much text there was in all. */
    static BilatException overLimit(Path file, long maxChars, Throwable cause) {
        return new BilatException(
                file + ": more than " + Limits.textSize(maxChars, false) + " of text, over the "
                        + "limit; split it or raise --max-text",
                cause);
    }

    /** ASCII control characters other than the whitespace ones text files use (tab, line feed, form feed, return). */
    private static boolean isControl(byte b) {
        return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F;
    }
}
