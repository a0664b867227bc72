package org.bilat.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** The ids of every entity a fact names as participant, location, subject, end or state. */
    public Set<String> entityIds() {
        Set<String> ids = new HashSet<>();
        for (Event event : events) {
            ids.addAll(event.participants());
            String location = event.location();
            if (location != null) {
                ids.add(location);
            }
        }
        quantities.forEach(q -> ids.addAll(q.subjects()));
        relations.forEach(r -> ids.addAll(List.of(r.subject(), r.object())));
        levels.forEach(l -> ids.addAll(l.states()));
        return ids;
    }
}
