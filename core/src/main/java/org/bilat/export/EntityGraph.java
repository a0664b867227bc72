package org.bilat.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilat.model.EntityType;
import org.bilat.model.Relation;
import org.bilat.store.CanonicalEntity;
import org.bilat.store.LocalEntity;
import org.bilat.store.StoreContents;
import org.bilat.store.StoredEvent;
import org.bilat.store.StoredRelation;

/**
 * The entity graph of the store: every canonical entity, an edge per relation type between two entities, and an edge
 * per event type between two entities that take part in the same happenings.
 */
record EntityGraph(List<Node> nodes, List<Edge> edges) {
    /** An entity, with how many documents mention it and how often. */
    record Node(String id, String name, EntityType type, int documents, int mentions) {}

    /**
     * A link: {@code kind} is "relation" (directed, subject to object) or "event" (co-participation, the two ids in
     * sorted order); {@code label} the relation or event type; {@code weight} how many relations or happenings.
     */
    record Edge(String source, String target, String kind, String label, int weight) {}

    static EntityGraph of(StoreContents contents) {
        List<Node> nodes = new ArrayList<>();
        for (CanonicalEntity e : contents.entities()) {
            int documents = (int)
                    e.locals().stream().map(LocalEntity::documentId).distinct().count();
            nodes.add(new Node(e.id(), e.name(), e.type(), documents, e.mentionCount()));
        }
        Map<List<String>, Integer> weights = new LinkedHashMap<>();
        for (StoredRelation stored : contents.relations()) {
            Relation r = stored.relation();
            weights.merge(List.of(r.subject(), r.object(), "relation", r.type().name()), 1, Integer::sum);
        }
        happenings(contents).forEach((key, actors) -> pairs(key.substring(0, key.indexOf(' ')), actors, weights));
        List<Edge> edges = new ArrayList<>();
        weights.forEach((k, weight) -> edges.add(new Edge(k.get(0), k.get(1), k.get(2), k.get(3), weight)));
        return new EntityGraph(nodes, edges);
    }

    /** Counts one happening of the type for every pair of its actors, in sorted order. */
    private static void pairs(String type, Set<String> participants, Map<List<String>, Integer> weights) {
        List<String> actors = participants.stream().sorted().toList();
        for (int i = 0; i < actors.size(); i++) {
            for (int j = i + 1; j < actors.size(); j++) {
                weights.merge(List.of(actors.get(i), actors.get(j), "event", type), 1, Integer::sum);
            }
        }
    }

    /** Every happening ("TYPE id") with the participants of all its accounts. */
    private static Map<String, Set<String>> happenings(StoreContents contents) {
        Map<String, Set<String>> happenings = new LinkedHashMap<>();
        for (StoredEvent stored : contents.events()) {
            String key = stored.event().type().name() + " " + stored.happeningId();
            happenings
                    .computeIfAbsent(key, k -> new LinkedHashSet<>())
                    .addAll(stored.event().participants());
        }
        return happenings;
    }
}
