package org.bilat.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One happening a document reports: what kind, when, who took part, where, and every passage that tells it.
 *
 * @param cameo the CAMEO code: the type's root, or a three-digit code where one fits ("042" a visit made)
 * @param date ISO 8601 at the precision the text gives (2016, 2016-09, 2016-09-28, or a span a/b), or null
 * @param participants entity ids of the actors
 * @param location entity id of the place, or null
 * @param evidence every passage of the document that tells this happening, first one first
 * @param summary one line saying what happened
 */
public record Event(
        EventType type,
        String cameo,
        @Nullable String date,
        List<String> participants,
        @Nullable String location,
        List<Evidence> evidence,
        String summary) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(summary, "summary");
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("an event needs evidence");
        }
    }
}
