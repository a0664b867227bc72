package org.bilat.search;

import java.util.Objects;

/** A run of snippet text, raw and not HTML-escaped; {@code match} when it is a word the query matched. */
public record SnippetPart(String text, boolean match) {
    public SnippetPart {
        Objects.requireNonNull(text, "text");
    }
}
