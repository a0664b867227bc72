package org.bilat.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One occurrence of a named thing in a document's text.
 *
 * @param start character offset of the first character in the document text
 * @param end character offset just past the last character
 * @param text the exact substring {@code text.substring(start, end)} of the document
 * @param canonical the standard name reference knowledge gives for it ("China" for "PRC"), or null
 */
public record Mention(
        int start,
        int end,
        String text,
        EntityType type,
        @Nullable String canonical) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public Mention(int start, int end, String text, EntityType type) {
        this(start, end, text, type, null);
    }

    public Mention withType(EntityType newType) {
        return new Mention(start, end, text, newType, canonical);
    }
}
