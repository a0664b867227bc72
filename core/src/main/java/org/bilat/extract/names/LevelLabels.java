package org.bilat.extract.names;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bilat.extract.text.TsvRows;

/**
 * Capitalised labels of a relationship ("Comprehensive Strategic Partnership", "Special and Privileged Strategic
 * Partnership"): the gold records them as levels, never as named programmes. The head nouns and modifiers come from
 * the partnership ladder ({@code extract/ladder.tsv}); the few qualifiers below raise no rung of their own but are
 * common in such labels.
 */
final class LevelLabels {
    private static final List<String> COLUMNS = List.of("rank", "rung", "heads", "modifiers", "note");
    /** Qualifiers of partnership labels in official usage that the ladder does not rank. */
    private static final Set<String> QUALIFIERS = Set.of(
            "and",
            "of",
            "for",
            "the",
            "a",
            "new",
            "era",
            "special",
            "privileged",
            "enhanced",
            "global",
            "close",
            "closer",
            "mutually",
            "beneficial",
            "type",
            "long",
            "term",
            "stable",
            "mutual",
            "trust",
            "trustful",
            "practical",
            "pragmatic",
            "deep",
            "deepened",
            "extended",
            "comprehensive",
            "strategic");

    private static final LevelLabels INSTANCE = new LevelLabels();

    private final Set<String> heads = new HashSet<>();
    private final Set<String> words = new HashSet<>(QUALIFIERS);

    private LevelLabels() {
        for (List<String> row : TsvRows.read("extract/ladder.tsv", COLUMNS)) {
            heads.addAll(TsvRows.items(row.get(2)));
            for (String alternative : TsvRows.items(row.get(3))) {
                words.addAll(split(alternative));
            }
        }
    }

    static LevelLabels load() {
        return INSTANCE;
    }

    /** Whether a name is a partnership label: a ladder head noun after ladder modifiers or qualifiers only. */
    boolean isLabel(String name) {
        List<String> parts = split(name);
        if (parts.size() < 2 || !heads.contains(singular(parts.get(parts.size() - 1)))) {
            return false;
        }
        return words.containsAll(parts.subList(0, parts.size() - 1));
    }

    private static String singular(String word) {
        return word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private static List<String> split(String phrase) {
        String spaced =
                phrase.toLowerCase(Locale.ROOT).replaceAll("[-‐‑–—]", " ").strip();
        return spaced.isEmpty() ? List.of() : List.of(spaced.split("\\s+"));
    }
}
