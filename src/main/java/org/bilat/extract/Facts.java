package org.bilat.extract;

import java.util.List;
import org.bilat.model.Event;
import org.bilat.model.Level;
import org.bilat.model.Quantity;
import org.bilat.model.Relation;

/** The events, figures, relations and relationship levels of one document, and the soft problems met finding them. */
public record Facts(
        List<Event> events,
        List<Quantity> quantities,
        List<Relation> relations,
        List<String> warnings,
        List<Level> levels) {
    public Facts {
        events = List.copyOf(events);
        quantities = List.copyOf(quantities);
        relations = List.copyOf(relations);
        warnings = List.copyOf(warnings);
        levels = List.copyOf(levels);
    }

    /** Facts without relationship levels. */
    public Facts(List<Event> events, List<Quantity> quantities, List<Relation> relations, List<String> warnings) {
        this(events, quantities, relations, warnings, List.of());
    }
}
