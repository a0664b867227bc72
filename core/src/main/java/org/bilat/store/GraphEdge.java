package org.bilat.store;

import java.util.Objects;

/**
 * A link between two entities in the network.
 *
 * @param kind RELATION when a relation joins them, EVENT when they take part in the same happenings
 * @param label the relation type or the event type
 * @param weight how many relations or happenings make the link
 * @param rejected whether an analyst rejected every one of them (such links are left out unless asked for)
 */
public record GraphEdge(String source, String target, Kind kind, String label, int weight, boolean rejected) {
    /** What makes the link. */
    public enum Kind {
        RELATION,
        EVENT
    }

    public GraphEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }
}
