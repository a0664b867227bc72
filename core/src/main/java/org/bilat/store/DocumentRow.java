package org.bilat.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored document's metadata with its entity and mention counts.
 *
 * @param published ISO 8601 date at the precision known, or null
 * @param publishedFrom where the date was read ("date label", "dateline, year from the text", ...), or null
 */
public record DocumentRow(
        String id,
        String source,
        @Nullable String title,
        @Nullable String author,
        @Nullable String publisher,
        @Nullable String published,
        @Nullable String publishedFrom,
        int entities,
        int mentions) {
    public DocumentRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
    }
}
