package org.bilat.store;

import java.util.List;
import java.util.Objects;
import org.bilat.model.EntityType;

/**
 * A canonical entity across all stored documents.
 *
 * @param aliases every other surface form seen for it, sorted (the name itself is left out)
 * @param documents how many documents mention it
 * @param mentions how many mentions it has in all documents
 */
public record EntityRow(String id, String name, EntityType type, List<String> aliases, int documents, int mentions) {
    public EntityRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }
}
