package org.bilat.extract;

import java.util.List;
import org.bilat.model.Event;
import org.bilat.model.Quantity;
import org.bilat.model.Relation;

/** The events, figures and relations of one document, and the soft problems met finding them. */
public record Facts(List<Event> events, List<Quantity> quantities, List<Relation> relations, List<String> warnings) {
    public Facts {
        events = List.copyOf(events);
        quantities = List.copyOf(quantities);
        relations = List.copyOf(relations);
        warnings = List.copyOf(warnings);
    }
}
