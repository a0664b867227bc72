package org.bilat.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bilat.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Finds documents that give one figure differently: figures of different documents with the same unit, the same head
 * word of the measure, the same main subject, the first that is not a state (else the same subjects) and dates that do not exclude
 * each other, whose values differ by more than 0.5 % or whose qualifiers bound them from opposite sides.
 */
final class FigureConflicts {
    private static final double TOLERANCE = 0.005;
    private static final Set<String> UPPER_BOUNDS =
            Set.of("up to", "at most", "less than", "under", "nearly", "no more than", "as far as", "almost", "below");
    private static final Set<String> LOWER_BOUNDS =
            Set.of("more than", "over", "at least", "no fewer than", "above", "in excess of", "exceeding");

    private FigureConflicts() {}

    static List<Conflict> find(List<FigureRow> figures) {
        List<Conflict> conflicts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                FigureRow a = figures.get(i);
                FigureRow b = figures.get(j);
                if (sameThing(a, b) && disagree(a, b)) {
                    Conflict conflict = new Conflict(Conflict.Kind.FIGURE, thing(a), List.of(claim(a), claim(b)));
                    if (seen.add(a.amount() + "\t" + a.source() + "\t" + b.amount() + "\t" + b.source())) {
                        conflicts.add(conflict);
                    }
                }
            }
        }
        return conflicts;
    }

    private static boolean sameThing(FigureRow a, FigureRow b) {
        return !a.documentId().equals(b.documentId())
                && a.unit().equals(b.unit())
                && Folding.head(a.measure()).equals(Folding.head(b.measure()))
                && sameSubject(a, b)
                && datesAllow(a, b);
    }

    /** The same main subject: the first one that is not a state, else the same subjects. */
    private static boolean sameSubject(FigureRow a, FigureRow b) {
        Optional<String> ours = mainSubject(a);
        Optional<String> theirs = mainSubject(b);
        if (ours.isPresent() || theirs.isPresent()) {
            return ours.equals(theirs);
        }
        Set<String> all = ids(a, false);
        return !all.isEmpty() && all.equals(ids(b, false));
    }

    private static Optional<String> mainSubject(FigureRow figure) {
        return figure.subjects().stream()
                .filter(s -> s.type() != EntityType.GPE)
                .map(EntityRef::id)
                .findFirst();
    }

    private static Set<String> ids(FigureRow figure, boolean statesLeftOut) {
        Set<String> ids = new HashSet<>();
        figure.subjects().stream()
                .filter(s -> !statesLeftOut || s.type() != EntityType.GPE)
                .forEach(s -> ids.add(s.id()));
        return ids;
    }

    /** Figures dated to times that do not overlap are about different times, not in conflict. */
    private static boolean datesAllow(FigureRow a, FigureRow b) {
        DateSpan first = DateSpan.parse(a.date()).orElse(null);
        DateSpan second = DateSpan.parse(b.date()).orElse(null);
        return first == null || second == null || first.overlaps(second);
    }

    private static boolean disagree(FigureRow a, FigureRow b) {
        double larger = Math.max(Math.abs(a.value()), Math.abs(b.value()));
        boolean differ = Math.abs(a.value() - b.value()) > TOLERANCE * larger;
        int boundA = bound(a.qualifier());
        int boundB = bound(b.qualifier());
        return differ || boundA * boundB < 0;
    }

    /** -1 for an upper bound, 1 for a lower bound, 0 otherwise. */
    private static int bound(@Nullable String qualifier) {
        String words = qualifier == null ? "" : qualifier.strip().toLowerCase(Locale.ROOT);
        return UPPER_BOUNDS.contains(words) ? -1 : LOWER_BOUNDS.contains(words) ? 1 : 0;
    }

    private static String thing(FigureRow figure) {
        List<String> names = figure.subjects().stream().map(EntityRef::name).toList();
        String of = names.isEmpty() ? "" : " of " + String.join(", ", names);
        return figure.measure() + of + " (" + figure.unit() + ")";
    }

    private static Claim claim(FigureRow figure) {
        String date = figure.date() == null ? "" : " (" + figure.date() + ")";
        return new Claim(
                figure.amount() + date,
                new Passage(figure.documentId(), figure.source(), figure.evidence()),
                figure.review());
    }
}
