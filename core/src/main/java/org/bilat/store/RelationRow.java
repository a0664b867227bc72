package org.bilat.store;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.bilat.model.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * A relation between two canonical entities, with the passages of the documents that state it: every one, or the
 * first few of an entity page, whose {@code total} says how many there are.
 *
 * @param title the post, for a ROLE, or null
 * @param facts the stored relation behind each passage, in the same order
 * @param total how many passages state it, listed or not
 * @param review the analysts' verdict over every passage's relation, listed or not (see {@link #verdict})
 */
public record RelationRow(
        RelationType type,
        EntityRef subject,
        EntityRef object,
        @Nullable String title,
        List<Passage> passages,
        List<RelationFact> facts,
        int total,
        String review) {
    public RelationRow {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(review, "review");
        passages = List.copyOf(passages);
        facts = List.copyOf(facts);
        if (facts.size() != passages.size() || total < passages.size()) {
            throw new IllegalArgumentException(
                    passages.size() + " passages, " + facts.size() + " facts, " + total + " in all");
        }
    }

    /** A relation with every passage that states it. */
    public RelationRow(
            RelationType type,
            EntityRef subject,
            EntityRef object,
            @Nullable String title,
            List<Passage> passages,
            List<RelationFact> facts) {
        this(
                type,
                subject,
                object,
                title,
                passages,
                facts,
                passages.size(),
                verdict(facts.stream().map(RelationFact::review).toList()));
    }

    /**
     * The analysts' verdict on a relation from the reviews of its passages' relations: rejected when every one is,
     * else added by hand, edited or accepted when one is (in that order), else unreviewed.
     */
    static String verdict(Collection<String> reviews) {
        if (!reviews.isEmpty() && reviews.stream().allMatch(ReviewStatus::rejected)) {
            return "rejected";
        }
        return Stream.of("added", "edited", "accepted")
                .filter(reviews::contains)
                .findFirst()
                .orElse("unreviewed");
    }

    /** The same relation with its first {@code limit} passages only; its total and verdict stay those of all. */
    RelationRow first(int limit) {
        int kept = Math.min(limit, passages.size());
        return new RelationRow(
                type, subject, object, title, passages.subList(0, kept), facts.subList(0, kept), total, review);
    }

    /** The file names of the documents of the passages listed, each once, sorted. */
    public List<String> sources() {
        return passages.stream().map(Passage::source).distinct().sorted().toList();
    }
}
