package org.bilat.extract.events;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bilat.model.Event;
import org.bilat.model.EventType;
import org.bilat.model.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * An event as one or more passages of a document tell it, before and while passages of one happening are merged.
 *
 * @param sentence index of the last sentence that tells it
 * @param things ids of the named things it acts on (products, treaties, sites), which mark one happening told twice
 * @param form how its latest telling names it
 */
record EventCandidate(
        EventType type,
        String cameo,
        @Nullable String date,
        List<String> participants,
        @Nullable String location,
        List<Evidence> evidence,
        String summary,
        int sentence,
        Set<String> things,
        TriggerForm form) {
    EventCandidate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(form, "form");
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
        things = Set.copyOf(things);
    }

    Event toEvent() {
        return new Event(type, cameo, date, participants, location, evidence, summary);
    }
}
