package org.bilat.ingest;

import org.jspecify.annotations.Nullable;

/**
 * What a file says about itself: title, author, publisher and publication date (ISO 8601), each possibly unknown, and
 * where the date was read ({@code dateSource}: "date label", "dateline", "html meta", ...).
 */
record Citation(
        @Nullable String title,
        @Nullable String author,
        @Nullable String publisher,
        @Nullable String published,
        @Nullable String dateSource) {

    static final Citation NONE = new Citation(null, null, null, null, null);

    Citation {
        title = clean(title);
        author = clean(author);
        publisher = clean(publisher);
        published = clean(published);
        dateSource = published == null ? null : clean(dateSource);
    }

    /** A citation whose date, if any, was read from {@code dateSource}. */
    static Citation of(
            @Nullable String title, @Nullable String author, @Nullable String publisher, @Nullable PublishedDate date) {
        return date == null
                ? new Citation(title, author, publisher, null, null)
                : new Citation(title, author, publisher, date.iso(), date.source());
    }

    /** This citation with each unknown field taken from {@code fallback}. */
    Citation orElse(Citation fallback) {
        return new Citation(
                title != null ? title : fallback.title,
                author != null ? author : fallback.author,
                publisher != null ? publisher : fallback.publisher,
                published != null ? published : fallback.published,
                published != null ? dateSource : fallback.dateSource);
    }

    private static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String s = value.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }
}
