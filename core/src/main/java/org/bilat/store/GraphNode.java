package org.bilat.store;

import java.util.Objects;
import org.bilat.model.EntityType;

/** An entity in the network, with how often it is mentioned. */
public record GraphNode(String id, String name, EntityType type, int mentions) {
    public GraphNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
