package org.bilat.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.jspecify.annotations.Nullable;

/** Groups the mentions of one document into entities with a type, a fullest name, aliases and a stable id. */
final class DocumentEntities {
    private DocumentEntities() {}

    static List<Entity> group(String text, List<Mention> mentions) {
        MentionGroups groups = new MentionGroups(mentions.size());
        SameThingRules.apply(text, mentions, groups);
        Map<String, List<Mention>> byId = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (List<Integer> members : groups.groups()) {
            List<Mention> group = members.stream().map(mentions::get).toList();
            Entity entity = entity(group);
            EntityType seen = types.putIfAbsent(entity.id(), entity.type());
            if (seen == null || (seen != EntityType.PERSON && entity.type() != EntityType.PERSON)) {
                byId.computeIfAbsent(entity.id(), id -> new ArrayList<>()).addAll(group);
            } else {
                String id = entity.type() == EntityType.PERSON
                        ? EntityIds.personWithFirstName(entity.aliases())
                        : entity.id() + "-" + entity.type().name().toLowerCase(java.util.Locale.ROOT);
                entities.add(withId(entity, id));
            }
        }
        byId.values().forEach(group -> entities.add(entity(sorted(group))));
        return sortedByFirstMention(entities);
    }

    private static Entity withId(Entity entity, String id) {
        return new Entity(id, entity.name(), entity.type(), entity.aliases(), entity.mentions());
    }

    private static List<Mention> sorted(List<Mention> group) {
        List<Mention> copy = new ArrayList<>(group);
        copy.sort(java.util.Comparator.comparingInt(Mention::start));
        return copy;
    }

    private static List<Entity> sortedByFirstMention(List<Entity> entities) {
        List<Entity> copy = new ArrayList<>(entities);
        copy.sort(java.util.Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return copy;
    }

    private static Entity entity(List<Mention> group) {
        EntityType type = type(group);
        String canonical = canonical(group);
        Set<String> aliases = new LinkedHashSet<>();
        for (Mention m : group) {
            aliases.add(m.text());
            if (m.canonical() == null) {
                aliases.add(core(m));
            }
            aliases.addAll(Forms.quoted(m.text()));
            aliases.add(Forms.unitPart(Forms.core(m.text())));
        }
        aliases.removeIf(String::isBlank);
        List<String> forms = List.copyOf(aliases);
        List<String> cores =
                group.stream().map(DocumentEntities::core).distinct().toList();
        String name = canonical != null ? canonical : EntityIds.longest(cores);
        return new Entity(EntityIds.of(type, canonical, cores), name, type, forms, group);
    }

    private static String core(Mention m) {
        return m.type() == EntityType.PERSON ? Forms.core(m.text()) : Forms.thingCore(m.text());
    }

    private static EntityType type(List<Mention> group) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        // An acronym is typed by its letters alone; the name it stands for, where the group has one, says more.
        boolean spelledOut = group.stream().anyMatch(m -> !Forms.isAcronym(m.text()));
        for (Mention m : group) {
            int acronym = spelledOut ? 0 : 1;
            int weight = m.canonical() != null ? 5 : Forms.isAcronym(m.text()) ? acronym : 2;
            votes.merge(m.type(), weight, Integer::sum);
        }
        // On a tie the fullest name's type wins: it carries the class noun that typed it.
        EntityType fullest = group.stream()
                .max(java.util.Comparator.comparingInt((Mention m) -> m.text().length()))
                .orElseThrow()
                .type();
        return votes.entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(e -> e.getKey() == fullest))
                .orElseThrow()
                .getKey();
    }

    private static @Nullable String canonical(List<Mention> group) {
        for (Mention m : group) {
            if (m.canonical() != null) {
                return m.canonical();
            }
        }
        return null;
    }
}
