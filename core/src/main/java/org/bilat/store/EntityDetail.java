package org.bilat.store;

import java.util.List;
import java.util.Objects;

/** A canonical entity with the documents that mention it, every mention in context and how it was merged. */
public record EntityDetail(
        EntityRow entity, List<DocumentRow> documents, List<MentionQuote> mentions, List<MergeNote> merges) {
    public EntityDetail {
        Objects.requireNonNull(entity, "entity");
        documents = List.copyOf(documents);
        mentions = List.copyOf(mentions);
        merges = List.copyOf(merges);
    }
}
