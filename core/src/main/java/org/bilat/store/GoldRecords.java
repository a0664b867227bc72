package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.Evidence;
import org.bilat.model.Extraction;
import org.bilat.model.Mention;

/**
 * The reviewed state of each stored document as its extraction record: facts an analyst rejected left out, edited
 * ones with their edited values, entities under their canonical ids so that every document names one thing alike.
 */
final class GoldRecords {
    private final Connection connection;

    GoldRecords(Connection connection) {
        this.connection = connection;
    }

    List<Extraction> read() throws SQLException {
        StoreContents contents = new ReviewedContents(connection).read();
        Map<String, List<Entity>> entities = entitiesPerDocument(contents.entities());
        List<Extraction> records = new ArrayList<>();
        for (Document document : contents.documents()) {
            String id = StoreContents.documentId(document);
            records.add(new Extraction(
                    document,
                    entities.getOrDefault(id, List.of()),
                    of(contents.events(), id, StoredEvent::documentId, StoredEvent::event),
                    of(contents.figures(), id, StoredFigure::documentId, StoredFigure::quantity),
                    of(contents.relations(), id, StoredRelation::documentId, StoredRelation::relation),
                    List.of(),
                    of(contents.levels(), id, StoredLevel::documentId, StoredLevel::level)));
        }
        return records;
    }

    /** The facts of one document, in the stored order. */
    private static <S, F> List<F> of(
            List<S> stored, String documentId, Function<S, String> document, Function<S, F> fact) {
        return stored.stream()
                .filter(s -> document.apply(s).equals(documentId))
                .map(fact)
                .toList();
    }

    /** Each document's entities: one per canonical entity it mentions, with the surface forms and mentions it uses. */
    private static Map<String, List<Entity>> entitiesPerDocument(List<CanonicalEntity> canonical) {
        Map<String, List<Entity>> perDocument = new LinkedHashMap<>();
        for (CanonicalEntity entity : canonical) {
            Map<String, List<Evidence>> mentions = new LinkedHashMap<>();
            entity.locals()
                    .forEach(local -> mentions.computeIfAbsent(local.documentId(), d -> new ArrayList<>())
                            .addAll(local.mentions()));
            mentions.forEach((documentId, spans) -> perDocument
                    .computeIfAbsent(documentId, d -> new ArrayList<>())
                    .add(entity(entity, spans)));
        }
        return perDocument;
    }

    private static Entity entity(CanonicalEntity entity, List<Evidence> spans) {
        Set<String> aliases = new LinkedHashSet<>();
        List<Mention> mentions = new ArrayList<>();
        for (Evidence span : spans) {
            aliases.add(span.quote());
            mentions.add(new Mention(span.start(), span.end(), span.quote(), entity.type()));
        }
        return new Entity(entity.id(), entity.name(), entity.type(), List.copyOf(aliases), mentions);
    }
}
