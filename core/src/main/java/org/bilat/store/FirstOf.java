package org.bilat.store;

import java.util.List;

/**
 * The first items of a list the store keeps in order, and how many it holds in all: an entity page's relations or
 * figures, of which a hub entity has thousands.
 *
 * @param items the first items, at most the limit asked for
 * @param total how many items the whole list holds
 */
public record FirstOf<T>(List<T> items, int total) {
    public FirstOf {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total " + total + " under " + items.size() + " items");
        }
    }

    /** The first {@code limit} items of a whole list. */
    static <T> FirstOf<T> of(List<T> all, int limit) {
        return new FirstOf<>(all.subList(0, Math.min(limit, all.size())), all.size());
    }
}
