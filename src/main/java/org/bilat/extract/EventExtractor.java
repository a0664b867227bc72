package org.bilat.extract;

import java.util.List;
import org.bilat.model.Event;

final class EventExtractor {
    List<Event> extract(FactContext context, List<String> warnings) {
        return List.of();
    }
}
