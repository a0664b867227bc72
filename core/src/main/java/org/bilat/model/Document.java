package org.bilat.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document read from a file: its plain text and the metadata the file or the text states.
 *
 * @param source the file name the document was read from (no folders), as the extraction record's {@code doc}
 * @param path where the file was read from
 * @param contentHash SHA-256 of the extracted text, hex; the same content is the same document
 * @param mediaType the detected media type, e.g. {@code text/plain}
 * @param published ISO 8601 date at the precision known (2017, 2017-12, 2017-12-11), or null
 * @param publishedFrom where the date was read ("date label", "dateline, year from the text", "html meta", ...), or
 *     null when unknown
 */
public record Document(
        String source,
        String path,
        String contentHash,
        String mediaType,
        String text,
        @Nullable String title,
        @Nullable String author,
        @Nullable String publisher,
        @Nullable String published,
        @Nullable String publishedFrom) {
    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
    }

    /** A document whose date, if any, came from a place not recorded. */
    public Document(
            String source,
            String path,
            String contentHash,
            String mediaType,
            String text,
            @Nullable String title,
            @Nullable String author,
            @Nullable String publisher,
            @Nullable String published) {
        this(source, path, contentHash, mediaType, text, title, author, publisher, published, null);
    }

    /** The content hash of a text: SHA-256 of its UTF-8 bytes, hex. */
    public static String hashOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
