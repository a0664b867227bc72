package org.bilat.store;

import java.util.List;
import java.util.Objects;

/**
 * A stored document with its full text and every entity mention in it.
 *
 * @param mentions sorted by start, then end
 */
public record DocumentText(
        DocumentRow document, String mediaType, String path, String text, List<DocumentMention> mentions) {
    public DocumentText {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        mentions = List.copyOf(mentions);
    }
}
