package org.bilat.store;

import java.util.List;
import java.util.Objects;
import org.bilat.model.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * A relation between two canonical entities, with every passage of every document that states it.
 *
 * @param title the post, for a ROLE, or null
 */
public record RelationRow(
        RelationType type,
        EntityRef subject,
        EntityRef object,
        @Nullable String title,
        List<Passage> passages) {
    public RelationRow {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        passages = List.copyOf(passages);
    }

    /** The file names of the documents that state it, each once, sorted. */
    public List<String> sources() {
        return passages.stream().map(Passage::source).distinct().sorted().toList();
    }
}
