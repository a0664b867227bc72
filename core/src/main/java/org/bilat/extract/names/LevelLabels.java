package org.bilat.extract.names;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilat.extract.text.Ladder;

/**
 * Capitalised labels of a relationship ("Comprehensive Strategic Partnership", "Special and Privileged Strategic
 * Partnership"): the gold records them as levels, never as named programmes. The head nouns and modifiers come from
 * the partnership {@link Ladder}; the few qualifiers below raise no rung of their own but are common in such labels.
 */
final class LevelLabels {
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

    /** Quotation marks a label may be written in ("a \u201cComprehensive Strategic Partnership\u201d"). */
    private static final Pattern QUOTES = Pattern.compile("[\"\u201c\u201d\u00ab\u00bb\u2018\u2019']");

    private static final LevelLabels INSTANCE = new LevelLabels(Ladder.load());

    private final Ladder ladder;

    private LevelLabels(Ladder ladder) {
        this.ladder = ladder;
    }

    static LevelLabels load() {
        return INSTANCE;
    }

    /** Whether a name is a partnership label: a ladder head noun after ladder modifiers or qualifiers only. */
    boolean isLabel(String name) {
        List<String> parts = Ladder.wordsInOrder(QUOTES.matcher(name).replaceAll(" "));
        if (parts.size() < 2 || !ladder.isHead(singular(parts.get(parts.size() - 1)))) {
            return false;
        }
        return parts.subList(0, parts.size() - 1).stream()
                .allMatch(word -> QUALIFIERS.contains(word) || ladder.isModifierWord(word));
    }

    private static String singular(String word) {
        return word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }
}
