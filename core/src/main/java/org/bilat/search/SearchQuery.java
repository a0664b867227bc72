package org.bilat.search;

import java.util.Objects;
import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;

/**
 * What a user searches for: words as typed, and filters of which a null one does not filter.
 *
 * @param text words as the user typed them, not Lucene syntax; the last word also matches as a prefix, words in
 *     double quotes match as a phrase; blank lists everything that passes the filters
 * @param type an entity type or an event type; a blank one is taken as null
 * @param from the first year a record must cover; records without years are left out when from or to is set
 * @param to the last year
 * @param source the file name of a document the record comes from; a blank one is taken as null
 * @param page the page of hits, from 1
 * @param pageSize hits a page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record SearchQuery(
        String text,
        @Nullable SearchKind kind,
        @Nullable String type,
        @Nullable Integer from,
        @Nullable Integer to,
        @Nullable String source,
        int page,
        int pageSize) {
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (page < 1) {
            throw new BilatException("page: must be at least 1, was " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new BilatException("pageSize: must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        if (from != null && to != null && from > to) {
            throw new BilatException("from: must not be after to, was " + from + " > " + to);
        }
        type = blankToNull(type);
        source = blankToNull(source);
    }

    /** The first page of {@value #DEFAULT_PAGE_SIZE} hits for this text, unfiltered. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, 1, DEFAULT_PAGE_SIZE);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
