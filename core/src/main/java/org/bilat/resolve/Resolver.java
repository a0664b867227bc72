package org.bilat.resolve;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;

/** The entry to identity: entities of one document, and the same thing across documents. */
public final class Resolver {
    private Resolver() {}

    /** Groups a document's typed mentions into entities, each with a stable id, its fullest name and its aliases. */
    public static List<Entity> resolve(String text, List<Mention> mentions) {
        return DocumentEntities.group(text, mentions);
    }

    /** A state the text names only through its demonym: its standard name, its usual id, no aliases, no mentions. */
    public static Entity unnamedState(String standardName) {
        return new Entity(
                EntityIds.of(EntityType.GPE, standardName, List.of(standardName)),
                standardName,
                EntityType.GPE,
                List.of(),
                List.of());
    }

    /** Keys under which the same thing may be stored from another document: folded names and acronyms. */
    public static Set<String> matchKeys(Entity entity) {
        return CrossDocumentMatch.keys(entity);
    }

    /** Why two entities told by different documents are one real thing (a short reason), or empty when they are not. */
    public static Optional<String> sameThing(Entity a, Entity b) {
        return CrossDocumentMatch.reason(a, b);
    }
}
