package org.bilat.extract.levels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.bilat.extract.text.Ladder;
import org.bilat.model.Level;
import org.jspecify.annotations.Nullable;

/**
 * One step per level a document names: a document that names the same level of the same pair again (a title, a
 * heading, a summary restating what the body told) gives it once. Two mentions are the same level when their labels
 * are equal, or when they stand on the same rung with dates that agree (one undated, or overlapping years). The step
 * kept is the declared one (formal), else the dated one, else the first in the text; an undated step kept takes the
 * date of the mention it absorbs (a heading "Strategic partnership, 2013" dates the body's undated declaration).
 */
final class LevelMerge {
    private LevelMerge() {}

    static List<Level> merge(List<Level> levels) {
        List<Level> kept = new ArrayList<>();
        for (Level level : levels) {
            int same = indexOfSame(kept, level);
            if (same < 0) {
                kept.add(level);
            } else {
                kept.set(same, keep(kept.get(same), level));
            }
        }
        return kept;
    }

    private static int indexOfSame(List<Level> kept, Level level) {
        for (int i = 0; i < kept.size(); i++) {
            if (same(kept.get(i), level)) {
                return i;
            }
        }
        return -1;
    }

    static boolean same(Level a, Level b) {
        if (!new HashSet<>(a.states()).equals(new HashSet<>(b.states()))) {
            return false;
        }
        if (fold(a.label()).equals(fold(b.label()))) {
            return true;
        }
        return a.rank() == b.rank() && yearsAgree(a.date(), b.date());
    }

    /** The better of two mentions of one level, taking the other's date when it has none. */
    private static Level keep(Level current, Level candidate) {
        boolean replace = better(candidate, current);
        Level best = replace ? candidate : current;
        Level other = replace ? current : candidate;
        if (best.date() != null || other.date() == null) {
            return best;
        }
        return new Level(best.states(), best.label(), best.rank(), other.date(), best.formal(), best.evidence());
    }

    private static boolean better(Level candidate, Level current) {
        if (candidate.formal() != current.formal()) {
            return candidate.formal();
        }
        return candidate.date() != null && current.date() == null;
    }

    private static boolean yearsAgree(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return true;
        }
        String[] x = years(a);
        String[] y = years(b);
        return x[0].compareTo(y[1]) <= 0 && y[0].compareTo(x[1]) <= 0;
    }

    /** The first and last year of a schema date ("2016-09-28/2017" gives 2016, 2017). */
    private static String[] years(String date) {
        String[] parts = date.split("/", -1);
        return new String[] {parts[0].substring(0, 4), parts[parts.length - 1].substring(0, 4)};
    }

    private static String fold(String label) {
        return String.join(" ", Ladder.words(label).stream().sorted().toList()).toLowerCase(Locale.ROOT);
    }
}
