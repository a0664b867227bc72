package org.bilat.store;

import java.util.Objects;

/**
 * One stored relation behind a passage of a {@link RelationRow}: its fact key, review and version.
 *
 * @param review unreviewed, accepted, edited or rejected
 * @param version how many judgements it has, which a write names to be refused when it is stale
 */
public record RelationFact(String key, String review, int version) {
    public RelationFact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(review, "review");
    }
}
