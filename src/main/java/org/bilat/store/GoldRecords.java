package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
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
        StoreContents contents = new ContentsReader(connection).read();
        Set<String> rejected = rejected();
        Map<String, List<Entity>> entities = entitiesPerDocument(contents.entities());
        List<Extraction> records = new ArrayList<>();
        for (Document document : contents.documents()) {
            String id = StoreContents.documentId(document);
            records.add(new Extraction(
                    document,
                    entities.getOrDefault(id, List.of()),
                    kept(
                            contents.events(),
                            id,
                            "events",
                            rejected,
                            StoredEvent::documentId,
                            StoredEvent::seq,
                            StoredEvent::event),
                    kept(
                            contents.figures(),
                            id,
                            "quantities",
                            rejected,
                            StoredFigure::documentId,
                            StoredFigure::seq,
                            StoredFigure::quantity),
                    kept(
                            contents.relations(),
                            id,
                            "relations",
                            rejected,
                            StoredRelation::documentId,
                            StoredRelation::seq,
                            StoredRelation::relation),
                    List.of(),
                    kept(
                            contents.levels(),
                            id,
                            "levels",
                            rejected,
                            StoredLevel::documentId,
                            StoredLevel::seq,
                            StoredLevel::level)));
        }
        return records;
    }

    /** The facts of one document that are not rejected, in the stored order. */
    private static <S, F> List<F> kept(
            List<S> stored,
            String documentId,
            String table,
            Set<String> rejected,
            Function<S, String> document,
            ToIntFunction<S> seq,
            Function<S, F> fact) {
        return stored.stream()
                .filter(s -> document.apply(s).equals(documentId))
                .filter(s -> !rejected.contains(table + " " + documentId + " " + seq.applyAsInt(s)))
                .map(fact)
                .toList();
    }

    /** Every rejected fact as "table documentId seq". */
    private Set<String> rejected() throws SQLException {
        Set<String> rejected = new HashSet<>();
        for (String table : List.of("events", "quantities", "relations")) {
            rejected.addAll(Jdbc.query(
                    connection,
                    "SELECT document_id, seq FROM " + table + " WHERE review_status = 'rejected'",
                    row -> table + " " + row.getString(1) + " " + row.getInt(2)));
        }
        return rejected;
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
