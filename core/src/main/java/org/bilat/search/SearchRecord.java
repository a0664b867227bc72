package org.bilat.search;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing to find: a document, a canonical entity, or an event (a happening across documents).
 *
 * @param id unique within its kind; writing a record with the same kind and id replaces the earlier one
 * @param title a document's title or file name, an entity's name, an event's line such as "2016 · DEVELOP · Polonez"
 * @param text what else finds it: a document's body, an entity's name and aliases, an event's summary, quotes and
 *     participant names
 * @param entityType the entity's type (PERSON, ORG, ...) or null
 * @param eventType the event's type (MEET, AGREE, ...) or null
 * @param date the date at the text's precision ("2016", "2024-07", "2010/2013") or null
 * @param years every year the record covers: a document's published year, each year an event's date span covers
 * @param sources the file names of the documents the record comes from
 */
public record SearchRecord(
        SearchKind kind,
        String id,
        String title,
        String text,
        @Nullable String entityType,
        @Nullable String eventType,
        @Nullable String date,
        List<Integer> years,
        List<String> sources) {
    public SearchRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        years = List.copyOf(years);
        sources = List.copyOf(sources);
    }
}
