package org.bilat.store;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.bilat.model.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * A relation between two canonical entities, with every passage of every document that states it.
 *
 * @param title the post, for a ROLE, or null
 * @param facts the stored relation behind each passage, in the same order
 */
public record RelationRow(
        RelationType type,
        EntityRef subject,
        EntityRef object,
        @Nullable String title,
        List<Passage> passages,
        List<RelationFact> facts) {
    public RelationRow {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        passages = List.copyOf(passages);
        facts = List.copyOf(facts);
    }

    /**
     * The analysts' verdict: rejected when every passage's relation is, else added by hand, edited or accepted when one
     * is (in that order), else unreviewed.
     */
    public String review() {
        List<String> reviews = facts.stream().map(RelationFact::review).toList();
        if (!reviews.isEmpty() && reviews.stream().allMatch(ReviewStatus::rejected)) {
            return "rejected";
        }
        return Stream.of("added", "edited", "accepted")
                .filter(reviews::contains)
                .findFirst()
                .orElse("unreviewed");
    }

    /** The file names of the documents that state it, each once, sorted. */
    public List<String> sources() {
        return passages.stream().map(Passage::source).distinct().sorted().toList();
    }
}
