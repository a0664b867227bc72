package org.bilat.model;

import java.util.List;
import java.util.Objects;

/**
 * What extraction finds in one document: the record of ../shared/eval/SCHEMA.md, with the document it came from and
 * the soft problems met on the way (each naming its position), and the relationship levels (the schema's optional
 * {@code levels}; last so that callers without them keep their six-argument form).
 */
public record Extraction(
        Document document,
        List<Entity> entities,
        List<Event> events,
        List<Quantity> quantities,
        List<Relation> relations,
        List<String> warnings,
        List<Level> levels) {
    public Extraction {
        Objects.requireNonNull(document, "document");
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        quantities = List.copyOf(quantities);
        relations = List.copyOf(relations);
        warnings = List.copyOf(warnings);
        levels = List.copyOf(levels);
    }

    /** An extraction without relationship levels. */
    public Extraction(
            Document document,
            List<Entity> entities,
            List<Event> events,
            List<Quantity> quantities,
            List<Relation> relations,
            List<String> warnings) {
        this(document, entities, events, quantities, relations, warnings, List.of());
    }

    /** An extraction of entities only. */
    public static Extraction ofEntities(Document document, List<Entity> entities, List<String> warnings) {
        return new Extraction(document, entities, List.of(), List.of(), List.of(), warnings);
    }
}
