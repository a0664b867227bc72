package org.bilat.resolve;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;

/**
 * Decides whether entities of two documents are one real thing, and says why: the same stable id, a shared name, an
 * acronym and its expansion, or names one letter apart; always with agreeing types (organisation-like types agree).
 */
final class CrossDocumentMatch {
    private static final Pattern STATE_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+(ian|ese|ish|an|ic|i)");

    private CrossDocumentMatch() {}

    static Set<String> keys(Entity entity) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add("id:" + entity.id());
        for (String alias : entity.aliases()) {
            if (!isStateAdjectiveOfABody(entity, alias)) {
                keys.add("name:" + NameFolding.plain(alias));
            }
        }
        keys.add("name:" + NameFolding.plain(entity.name()));
        keys.remove("name:");
        return keys;
    }

    /**
     * "Ruritanian" beside "Ruritanian special forces": the bare adjective of a state that a body's name starts with is
     * not a name of that body, so two bodies of one state do not meet on it.
     */
    private static boolean isStateAdjectiveOfABody(Entity entity, String alias) {
        if (entity.type() == EntityType.GPE || !STATE_ADJECTIVE.matcher(alias).matches()) {
            return false;
        }
        return entity.aliases().stream().anyMatch(other -> other.matches(Pattern.quote(alias) + " \\p{Ll}.*"));
    }

    static Optional<String> reason(Entity a, Entity b) {
        if (!typesAgree(a.type(), b.type())) {
            return Optional.empty();
        }
        if (a.id().equals(b.id())) {
            return Optional.of("same id " + a.id());
        }
        Set<String> shared = keys(a);
        shared.retainAll(keys(b));
        if (!shared.isEmpty()) {
            return Optional.of("shared name \"" + shared.iterator().next().substring(5) + "\"");
        }
        for (String x : a.aliases()) {
            for (String y : b.aliases()) {
                if ((Forms.isAcronym(x) && Acronyms.expands(x, y)) || (Forms.isAcronym(y) && Acronyms.expands(y, x))) {
                    return Optional.of("acronym " + (Forms.isAcronym(x) ? x + " of " + y : y + " of " + x));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean typesAgree(EntityType a, EntityType b) {
        Set<EntityType> bodies = Set.of(EntityType.ORG, EntityType.FAC, EntityType.PROGRAM);
        return a == b || (bodies.contains(a) && bodies.contains(b));
    }
}
