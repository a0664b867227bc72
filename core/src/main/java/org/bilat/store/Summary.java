package org.bilat.store;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bilat.model.EntityType;

/**
 * What the store holds: documents, canonical entities per type, facts, and the most mentioned entities.
 *
 * @param entitiesPerType every type in declaration order, zero where none is stored
 */
public record Summary(int documents, Map<EntityType, Integer> entitiesPerType, FactCounts facts, List<EntityRow> top) {
    public Summary {
        Objects.requireNonNull(facts, "facts");
        EnumMap<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            counts.put(type, entitiesPerType.getOrDefault(type, 0));
        }
        entitiesPerType = Collections.unmodifiableMap(counts);
        top = List.copyOf(top);
    }
}
