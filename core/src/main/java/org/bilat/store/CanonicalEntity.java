package org.bilat.store;

import java.util.List;
import java.util.Objects;
import org.bilat.model.EntityType;

/**
 * A canonical entity with its stored aliases and every document's own entity linked to it.
 *
 * @param aliases every surface form stored for it, sorted
 * @param locals each document's entity that was linked to it, by document and local id
 */
public record CanonicalEntity(String id, String name, EntityType type, List<String> aliases, List<LocalEntity> locals) {
    public CanonicalEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        locals = List.copyOf(locals);
    }

    /** How many mentions it has in all documents. */
    public int mentionCount() {
        return locals.stream().mapToInt(local -> local.mentions().size()).sum();
    }
}
