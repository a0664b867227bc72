package org.bilat.search;

/** What a search record stands for: a document, a canonical entity, or an event (a happening across documents). */
public enum SearchKind {
    DOCUMENT,
    ENTITY,
    EVENT
}
