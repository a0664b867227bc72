package org.bilat.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilat.model.NameFold;

/**
 * Finds documents that date one step of a pair's ladder differently: levels of the same pair with the same label
 * (folded) from different documents whose dates, each stated in its own passage, do not overlap, where neither
 * document also dates the step as the other does.
 */
final class LevelConflicts {
    private LevelConflicts() {}

    /** A dated step and its days. */
    private record Dated(LadderStep step, DateSpan span) {}

    static List<Conflict> find(List<LadderStep> steps) {
        Map<String, List<Dated>> groups = new LinkedHashMap<>();
        for (LadderStep step : steps) {
            String date = step.date();
            Optional<DateSpan> span = DateSpan.parse(date);
            if (date != null
                    && span.isPresent()
                    && DateConflicts.statesItsYear(step.passage().evidence().quote(), date)) {
                String key = step.pair() + "\t" + NameFold.fold(step.label());
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Dated(step, span.get()));
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (List<Dated> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    conflict(group, group.get(i), group.get(j)).ifPresent(conflicts::add);
                }
            }
        }
        return conflicts;
    }

    private static Optional<Conflict> conflict(List<Dated> group, Dated x, Dated y) {
        String docX = x.step().passage().documentId();
        String docY = y.step().passage().documentId();
        if (docX.equals(docY) || x.span().overlaps(y.span()) || datesAt(group, docY, x) || datesAt(group, docX, y)) {
            return Optional.empty();
        }
        List<Dated> sides = new ArrayList<>(List.of(x, y));
        sides.sort(Comparator.comparing((Dated d) -> d.span().first())
                .thenComparing(d -> d.step().passage().source()));
        LadderStep step = x.step();
        String thing = step.a().name() + "–" + step.b().name() + ": " + step.label() + " (level)";
        return Optional.of(new Conflict(
                Conflict.Kind.DATE,
                thing,
                sides.stream()
                        .map(d -> new Claim(
                                String.valueOf(d.step().date()), d.step().passage()))
                        .toList()));
    }

    private static boolean datesAt(List<Dated> group, String documentId, Dated other) {
        return group.stream()
                .anyMatch(d -> d.step().passage().documentId().equals(documentId)
                        && d.span().overlaps(other.span()));
    }
}
