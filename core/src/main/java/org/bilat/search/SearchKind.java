package org.bilat.search;

import java.util.Locale;

/** What a search record stands for: a document, a canonical entity, or an event (a happening across documents). */
public enum SearchKind {
    DOCUMENT,
    ENTITY,
    EVENT;

    /** The kind as the API and the index spell it: {@code entity}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
