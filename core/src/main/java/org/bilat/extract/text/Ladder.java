package org.bilat.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The partnership ladder of {@code extract/ladder.tsv}: which rung a label's head and modifiers put it on; the levels
 * rank by it, and names tell a partnership label from a named programme by its words.
 */
public final class Ladder {
    static final String RESOURCE = "extract/ladder.tsv";
    private static final List<String> COLUMNS = List.of("rank", "rung", "heads", "modifiers", "note");

    /** One row: a rank, the heads it accepts and its alternative modifier sets (an empty list: the head suffices). */
    private record Rung(int rank, String name, Set<String> heads, List<Set<String>> modifiers) {
        boolean fits(String head, Set<String> words) {
            return heads.contains(head)
                    && (modifiers.isEmpty() || modifiers.stream().anyMatch(words::containsAll));
        }
    }

    private static final class Holder {
        static final Ladder INSTANCE = of(TsvRows.read(RESOURCE, COLUMNS));
    }

    private final List<Rung> rungs;
    private final Set<String> heads = new HashSet<>();
    private final Set<String> modifierWords = new HashSet<>();

    private Ladder(List<Rung> rungs) {
        this.rungs = List.copyOf(rungs);
        rungs.forEach(rung -> heads.addAll(rung.heads()));
        rungs.forEach(rung -> rung.modifiers().forEach(modifierWords::addAll));
    }

    /** The ladder of {@code extract/ladder.tsv}, read once. */
    public static Ladder load() {
        return Holder.INSTANCE;
    }

    static Ladder of(List<List<String>> rows) {
        List<Rung> rungs = new ArrayList<>();
        for (List<String> row : rows) {
            List<Set<String>> modifiers =
                    TsvRows.items(row.get(3)).stream().map(Ladder::words).toList();
            rungs.add(new Rung(
                    Integer.parseInt(row.get(0)), row.get(1), Set.copyOf(TsvRows.items(row.get(2))), modifiers));
        }
        return new Ladder(rungs);
    }

    /** Whether a noun with this lemma can head a level. */
    public boolean isHead(String lemma) {
        return heads.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether the head alone, with no modifier, makes a level ("ally", "alliance"). */
    public boolean needsNoModifier(String head) {
        String lemma = head.toLowerCase(Locale.ROOT);
        return rungs.stream()
                .anyMatch(r -> r.heads().contains(lemma) && r.modifiers().isEmpty());
    }

    /** The highest rung a label with this head lemma and these words (see {@link #words}) stands on, if any. */
    public OptionalInt rank(String head, Set<String> labelWords) {
        String lemma = head.toLowerCase(Locale.ROOT);
        return rungs.stream()
                .filter(r -> r.fits(lemma, labelWords))
                .mapToInt(Rung::rank)
                .max();
    }

    /** Whether the word is one of a modifier of some rung ("comprehensive", "weather"). */
    public boolean isModifierWord(String word) {
        return modifierWords.contains(word);
    }

    /** The lower-case words of a phrase, hyphens and dashes read as spaces ("all-weather" gives all, weather). */
    public static Set<String> words(String phrase) {
        return Set.copyOf(wordsInOrder(phrase));
    }

    /** {@link #words} in the order the phrase has them, repeats kept. */
    public static List<String> wordsInOrder(String phrase) {
        String spaced =
                phrase.toLowerCase(Locale.ROOT).replaceAll("[-‐‑–—]", " ").strip();
        return spaced.isEmpty() ? List.of() : List.of(spaced.split("\\s+"));
    }
}
