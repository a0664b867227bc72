package org.bilat.ingest;

import org.jspecify.annotations.Nullable;

/** What a file says about itself: title, author, publisher and publication date (ISO 8601), each possibly unknown. */
record Citation(
        @Nullable String title,
        @Nullable String author,
        @Nullable String publisher,
        @Nullable String published) {

    static final Citation NONE = new Citation(null, null, null, null);

    Citation {
        title = clean(title);
        author = clean(author);
        publisher = clean(publisher);
        published = clean(published);
    }

    /** This citation with each unknown field taken from {@code fallback}. */
    Citation orElse(Citation fallback) {
        return new Citation(
                title != null ? title : fallback.title,
                author != null ? author : fallback.author,
                publisher != null ? publisher : fallback.publisher,
                published != null ? published : fallback.published);
    }

    private static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String s = value.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }
}
