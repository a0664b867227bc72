package org.bilat.search;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record found, with a snippet of its text around the words that matched.
 *
 * @param snippet raw text (not HTML-escaped, without control characters), about 240 characters, its matched words
 *     marked
 * @param review an event's review as the timeline gives its happening's (unreviewed, accepted, edited, added,
 *     rejected); null for documents and entities, and for events until {@link #reviewed} sets it
 */
public record SearchHit(
        SearchKind kind,
        String id,
        String title,
        List<SnippetPart> snippet,
        @Nullable String entityType,
        @Nullable String eventType,
        @Nullable String date,
        List<String> sources,
        @Nullable String review) {
    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        snippet = List.copyOf(snippet);
        sources = List.copyOf(sources);
    }

    /** This hit with the review given. */
    public SearchHit reviewed(@Nullable String state) {
        return new SearchHit(kind, id, title, snippet, entityType, eventType, date, sources, state);
    }
}
