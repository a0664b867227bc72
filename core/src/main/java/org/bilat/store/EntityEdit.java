package org.bilat.store;

import java.util.List;
import org.bilat.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * What an entity judgement changes: the new name (rename; a split's new entity), the new type (retype; a split's), the
 * entities merged in (ids, names or aliases), or the spellings and mention keys ({@code DOC:START-END}) split off.
 */
public record EntityEdit(
        @Nullable String name,
        @Nullable EntityType type,
        List<String> others,
        List<String> aliases,
        List<String> mentions) {
    public EntityEdit {
        others = List.copyOf(others);
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    /** A rename or a retype. */
    public static EntityEdit of(@Nullable String name, @Nullable EntityType type) {
        return new EntityEdit(name, type, List.of(), List.of(), List.of());
    }
}
