package org.bilat.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The registers analysts keep, and the one definition of which stored facts make each: happenings of an event type
 * (a visit is a meeting some account calls one), partnerships stated as relations, and products with the producers
 * their relations name. The web UI's register tables and the brief's register sections both read it.
 */
public enum Register {
    AGREEMENTS("Agreements", EventType.AGREE, null, null),
    EXERCISES("Joint exercises", EventType.EXERCISE, null, null),
    PROJECTS("Joint projects", EventType.ESTABLISH, RelationType.PARTNER, null),
    PRODUCTS("Products and their producers", null, RelationType.PRODUCED_BY, EntityType.PRODUCT),
    VISITS("Visits", EventType.MEET, null, null);

    /** The most products a register lists. */
    public static final int MAX_PRODUCTS = 5000;

    private static final Pattern VISIT = Pattern.compile("(?i)\\bvisit");

    private final String title;
    private final @Nullable EventType events;
    private final @Nullable RelationType relations;
    private final @Nullable EntityType entities;

    Register(
            String title, @Nullable EventType events, @Nullable RelationType relations, @Nullable EntityType entities) {
        this.title = title;
        this.events = events;
        this.relations = relations;
        this.entities = entities;
    }

    public String title() {
        return title;
    }

    /** The name in URLs and file names: {@code agreements}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of the happenings listed: AGREE events for agreements; none for products. */
    public Optional<EventType> events() {
        return Optional.ofNullable(events);
    }

    /** The relations listed: PARTNER relations among joint projects, PRODUCED_BY ones naming products' producers. */
    public Optional<RelationType> relations() {
        return Optional.ofNullable(relations);
    }

    /** The type of the entities listed: products. */
    public Optional<EntityType> entities() {
        return Optional.ofNullable(entities);
    }

    /** Whether a happening of {@link #events()} told in these quotes belongs here: a visit only if one calls it so. */
    public boolean admits(Stream<String> quotes) {
        return this != VISITS || quotes.anyMatch(quote -> VISIT.matcher(quote).find());
    }
}
