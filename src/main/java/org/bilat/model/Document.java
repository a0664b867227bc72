package org.bilat.model;

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
        @Nullable String published) {
    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
    }
}
