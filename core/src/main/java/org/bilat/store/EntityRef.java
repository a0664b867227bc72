package org.bilat.store;

import java.util.Objects;
import org.bilat.model.EntityType;

/** A canonical entity named in a fact: its id, name and type. */
public record EntityRef(String id, String name, EntityType type) {
    public EntityRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
