package org.bilat.extract.text;

import java.util.Objects;
import org.bilat.model.EntityType;

/**
 * Where an entity of the document stands in its tokens: a mention of it, or a nationality adjective that points at
 * its state ("Chinese" at China).
 *
 * @param id the entity's id
 * @param first index of the first token
 * @param last index of the last token (inclusive)
 * @param adjective whether this is a nationality adjective rather than a name
 */
public record Occurrence(String id, EntityType type, int first, int last, boolean adjective) {
    public Occurrence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("bad token span " + first + ".." + last);
        }
    }

    public boolean isActor() {
        return type == EntityType.PERSON || type == EntityType.ORG || type == EntityType.GPE;
    }
}
