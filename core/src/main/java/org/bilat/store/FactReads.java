package org.bilat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.bilat.model.BilatException;
import org.bilat.model.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * The store's reads of figures, relations, the partnership ladder, the network of links and the conflicts between
 * documents, each as documents inside a cut through time state them.
 */
final class FactReads {
    private final StoreReads reads;
    private final Connection connection;
    private final EntityReads entities;
    private final FigureQueries figures;
    private final RelationQueries relations;
    private final LadderQueries ladder;
    private final DateConflicts dateConflicts;
    private final GraphQueries graphs;

    FactReads(StoreReads reads, StoreParts parts, EntityReads entities) {
        this.reads = reads;
        this.connection = parts.connection();
        this.entities = entities;
        this.figures = new FigureQueries(connection);
        this.relations = new RelationQueries(connection);
        this.ladder = new LadderQueries(connection);
        this.dateConflicts = new DateConflicts(connection);
        this.graphs = new GraphQueries(connection, parts.changes());
    }

    /** See {@link Store#figures(FigureFilter)}. */
    List<FigureRow> figures(FigureFilter filter) {
        return reads.asOf(filter.asOf(), () -> {
            DocumentCut cut = DocumentCut.read(connection, filter.asOf());
            return figures.list(filter.measure(), entities.idOrAny(filter.entity()), filter.showRejected()).stream()
                    .filter(f -> cut.admits(f.documentId()))
                    .toList();
        });
    }

    /** See {@link Store#figures(FigureFilter, int)}. */
    FirstOf<FigureRow> figures(FigureFilter filter, int limit) {
        if (limit < 1) {
            throw new BilatException("limit: must be at least 1, was " + limit);
        }
        String entity = filter.entity();
        if (entity == null || filter.measure() != null || filter.asOf().cuts()) {
            return FirstOf.of(figures(filter), limit);
        }
        return reads.read(() -> reads.kept(
                List.of("figures", entity, filter.showRejected(), limit),
                () -> figures.firstAbout(entities.id(entity), filter.showRejected(), limit)));
    }

    /** See {@link Store#relations(String, boolean, AsOf)}. */
    List<RelationRow> relations(String nameOrId, boolean showRejected, AsOf asOf) {
        return reads.asOf(
                asOf,
                () -> RelationCut.of(
                        relations.of(entities.id(nameOrId), showRejected), DocumentCut.read(connection, asOf)));
    }

    /** See {@link Store#relations(String, boolean, AsOf, int, int)}. */
    FirstOf<RelationRow> relations(String nameOrId, boolean showRejected, AsOf asOf, int limit, int passageLimit) {
        if (limit < 1 || passageLimit < 1) {
            throw new BilatException("limit: must be at least 1, was " + Math.min(limit, passageLimit));
        }
        return reads.asOf(asOf, () -> {
            String id = entities.id(nameOrId);
            DocumentCut cut = DocumentCut.read(connection, asOf);
            if (cut.everything()) {
                return reads.kept(
                        List.of("relations", id, showRejected, limit, passageLimit),
                        () -> relations.firstOf(id, showRejected, limit, passageLimit));
            }
            FirstOf<RelationRow> first = FirstOf.of(RelationCut.of(relations.of(id, showRejected), cut), limit);
            return new FirstOf<>(
                    first.items().stream().map(row -> row.first(passageLimit)).toList(), first.total());
        });
    }

    /** See {@link Store#relations(RelationType, AsOf, boolean)}. */
    List<RelationRow> relations(RelationType type, AsOf asOf, boolean showRejected) {
        return reads.asOf(
                asOf, () -> RelationCut.of(relations.ofType(type, showRejected), DocumentCut.read(connection, asOf)));
    }

    /** See {@link Store#relationsBetween}. */
    List<RelationRow> between(String nameOrId, String other, boolean showRejected, AsOf asOf) {
        return reads.asOf(asOf, () -> {
            String id = entities.id(nameOrId);
            List<RelationRow> rows =
                    relations.between(id, List.of(entities.id(other)), showRejected, Integer.MAX_VALUE);
            return RelationCut.of(rows, DocumentCut.read(connection, asOf));
        });
    }

    /** See {@link Store#ladder(String, String)}. */
    List<LadderStep> ladder(@Nullable String state, @Nullable String other) {
        return reads.read(() -> ladder.steps(entities.idOrAny(state), entities.idOrAny(other)));
    }

    /** See {@link Store#ladder(String, String, AsOf)}. */
    List<LadderStep> ladder(@Nullable String state, @Nullable String other, AsOf asOf) {
        Predicate<String> admitted = inside(asOf);
        return ladder(state, other).stream()
                .filter(step -> admitted.test(step.passage().documentId()))
                .toList();
    }

    /** See {@link Store#inside}. */
    Predicate<String> inside(AsOf asOf) {
        DocumentCut cut = reads.read(() -> DocumentCut.read(connection, asOf));
        return cut::admits;
    }

    /** See {@link Store#graph(String, int, int, AsOf, boolean)}. */
    Graph graph(@Nullable String entity, int depth, int cap, AsOf asOf, boolean showRejected) {
        if (depth < 1) {
            throw new BilatException("depth: must be at least 1, was " + depth);
        }
        if (cap < 1) {
            throw new BilatException("limit: must be at least 1, was " + cap);
        }
        return reads.asOf(
                asOf,
                () -> graphs.around(
                        entities.idOrAny(entity), depth, cap, DocumentCut.read(connection, asOf), showRejected));
    }

    /** See {@link Store#conflicts(AsOf, boolean)}. */
    List<Conflict> conflicts(AsOf asOf, boolean showRejected) {
        return reads.asOf(asOf, () -> {
            DocumentCut cut = DocumentCut.read(connection, asOf);
            List<Conflict> conflicts = new ArrayList<>(dateConflicts.find(cut, showRejected));
            conflicts.addAll(LevelConflicts.find(ladder.steps(null, null).stream()
                    .filter(s -> cut.admits(s.passage().documentId()))
                    .toList()));
            conflicts.addAll(FigureConflicts.find(figures.all(showRejected).stream()
                    .filter(f -> cut.admits(f.documentId()))
                    .toList()));
            return conflicts;
        });
    }

    /** The passages ("document_id start") of the sides of today's date and figure conflicts, inside a read. */
    Set<String> conflictPassages() throws SQLException {
        Set<String> passages = new HashSet<>();
        List<Conflict> conflicts = new ArrayList<>(dateConflicts.find(DocumentCut.read(connection, AsOf.now()), false));
        conflicts.addAll(FigureConflicts.find(figures.all()));
        for (Conflict conflict : conflicts) {
            conflict.claims()
                    .forEach(c -> passages.add(c.passage().documentId() + " "
                            + c.passage().evidence().start()));
        }
        return passages;
    }
}
