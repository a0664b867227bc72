package org.bilat.brief;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bilat.model.BilatException;
import org.bilat.model.Register;
import org.bilat.store.AsOf;
import org.bilat.store.Conflict;
import org.bilat.store.DocumentRow;
import org.bilat.store.EntityRow;
import org.bilat.store.FigureFilter;
import org.bilat.store.FigureRow;
import org.bilat.store.HappeningRow;
import org.bilat.store.LadderStep;
import org.bilat.store.RelationRow;
import org.bilat.store.Store;
import org.bilat.store.TimelineFilter;
import org.jspecify.annotations.Nullable;

/** Reads from the store the facts a brief's scope covers, as documents inside its cut through time state them. */
final class ScopeReader {
    private final Store store;

    ScopeReader(Store store) {
        this.store = store;
    }

    BriefFacts read(BriefScope scope) {
        List<EntityRow> named = scope.entities().stream()
                .map(name -> store.find(name).orElseThrow(() -> new BilatException(name + ": no such entity")))
                .toList();
        List<HappeningRow> happenings = select(
                named,
                scope.together(),
                e -> store.timeline(new TimelineFilter(e, null, scope.from(), scope.to()).asOf(scope.asOf())),
                HappeningRow::id);
        List<FigureRow> figures = select(
                        named,
                        scope.together(),
                        e -> store.figures(new FigureFilter(null, e).asOf(scope.asOf())),
                        FactKeys::of)
                .stream()
                .filter(f -> scope.covers(f.date()))
                .toList();
        Set<String> inScope = documents(happenings, figures);
        List<RelationRow> producedBy =
                statedIn(store.relations(Register.PRODUCTS.relations().orElseThrow(), scope.asOf()), inScope);
        return new BriefFacts(
                title(named, scope),
                store.documents().stream().collect(Collectors.toMap(DocumentRow::id, d -> d)),
                inScope,
                happenings,
                figures,
                conflicts(happenings, figures, scope.asOf()),
                statedIn(store.relations(Register.PROJECTS.relations().orElseThrow(), scope.asOf()), inScope),
                producedBy,
                products(producedBy),
                ladder(named, scope));
    }

    /**
     * The level steps of the named states' pairs (of every pair when none is named), only those between two named
     * states when {@code together}, within the years.
     */
    private List<LadderStep> ladder(List<EntityRow> named, BriefScope scope) {
        List<LadderStep> all = named.isEmpty()
                ? store.ladder(null, null, scope.asOf())
                : named.stream()
                        .flatMap(e -> store.ladder(e.id(), null, scope.asOf()).stream())
                        .toList();
        Map<String, LadderStep> steps = new LinkedHashMap<>();
        all.forEach(s -> steps.putIfAbsent(s.pair() + "\t" + FactKeys.of(s.passage()), s));
        Set<String> ids = named.stream().map(EntityRow::id).collect(Collectors.toSet());
        return steps.values().stream()
                .filter(s -> !scope.together() || named.size() < 2 || ids.containsAll(List.of(s.a().id(), s.b().id())))
                .filter(s -> scope.covers(s.date()))
                .toList();
    }

    /**
     * The facts of each named entity (of the whole store when none is named): those of any of them, or only those
     * all of them share when {@code together}; in the order the store gives them.
     */
    private static <T> List<T> select(
            List<EntityRow> named,
            boolean together,
            Function<@Nullable String, List<T>> read,
            Function<T, String> key) {
        if (named.isEmpty()) {
            return read.apply(null);
        }
        Map<String, T> union = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (EntityRow entity : named) {
            for (T fact : read.apply(entity.id())) {
                union.putIfAbsent(key.apply(fact), fact);
                seen.merge(key.apply(fact), 1, Integer::sum);
            }
        }
        return union.entrySet().stream()
                .filter(e -> !together || seen.getOrDefault(e.getKey(), 0) == named.size())
                .map(Map.Entry::getValue)
                .toList();
    }

    private static Set<String> documents(List<HappeningRow> happenings, List<FigureRow> figures) {
        Set<String> ids = new HashSet<>();
        happenings.forEach(h -> h.reports().forEach(r -> ids.add(r.documentId())));
        figures.forEach(f -> ids.add(f.documentId()));
        return ids;
    }

    /** The conflicts one of whose sides is a passage of an event or figure in scope. */
    private List<Conflict> conflicts(List<HappeningRow> happenings, List<FigureRow> figures, AsOf asOf) {
        Set<String> passages = new HashSet<>(FactKeys.passages(happenings));
        figures.forEach(f -> passages.add(FactKeys.of(f)));
        return store.conflicts(asOf).stream()
                .filter(c -> c.claims().stream().anyMatch(claim -> passages.contains(FactKeys.of(claim.passage()))))
                .toList();
    }

    private static List<RelationRow> statedIn(List<RelationRow> relations, Set<String> documents) {
        return relations.stream()
                .filter(r -> r.passages().stream().anyMatch(p -> documents.contains(p.documentId())))
                .toList();
    }

    private List<EntityRow> products(List<RelationRow> producedBy) {
        Set<String> made = producedBy.stream().map(r -> r.subject().id()).collect(Collectors.toSet());
        return store.entities(Register.PRODUCTS.entities().orElseThrow(), null, Register.MAX_PRODUCTS).stream()
                .filter(p -> made.contains(p.id()))
                .toList();
    }

    private static String title(List<EntityRow> named, BriefScope scope) {
        List<String> names = named.stream().map(EntityRow::name).toList();
        String who = names.isEmpty() ? "All stored documents" : String.join(scope.together() ? " and " : ", ", names);
        LocalDate day = scope.asOf().day();
        String cut = day == null
                ? ""
                : (scope.asOf().basis() == AsOf.Basis.PUBLISHED ? ", published by " : ", as known on ") + day;
        return who + ", " + scope.years() + cut;
    }

    static Comparator<HappeningRow> byDate() {
        return Comparator.comparing(HappeningRow::date, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
