package org.bilat.model;

import java.util.List;
import java.util.Objects;

/**
 * A named thing as one document tells it: its stable id, fullest name, type, every surface form and every mention.
 *
 * @param id lowercase slug that is the same for the same real-world thing in every document
 * @param aliases every surface form the document uses, as written (the name included when the document uses it)
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
