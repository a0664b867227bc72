package org.bilat.search;

import java.util.List;

/** What the snippet formatter makes of one field of one hit. */
record Snippet(List<SnippetPart> parts) {
    static final Snippet NONE = new Snippet(List.of());

    Snippet {
        parts = List.copyOf(parts);
    }

    boolean hasMatch() {
        return parts.stream().anyMatch(SnippetPart::match);
    }
}
