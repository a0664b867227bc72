package org.bilat.extract.names;

import java.util.List;
import java.util.Set;
import org.bilat.extract.text.Lexicon;
import org.bilat.nlp.Token;

/**
 * Capitalised names of a part of a thing that the schema does not count as a thing of its own: the governing board of
 * a company ("Board of Directors of Acme Steel"; the company inside stays a name) and a numbered unit of a plant
 * ("Unit 2", "NPP Unit 2", "Block 3").
 */
final class PartsOfThings {
    /** Boards through which a company or foundation is run. */
    private static final Set<String> BOARDS = Set.of(
            "board of directors", "supervisory board", "management board", "board of trustees", "executive board");

    /** Parts of a plant or a project that texts number. */
    private static final Set<String> NUMBERED_PARTS = Set.of("unit", "units", "block", "blocks", "reactor", "stage");

    private PartsOfThings() {}

    static boolean isPart(List<Token> tokens) {
        return isBoard(tokens) || isNumberedUnit(tokens);
    }

    private static boolean isBoard(List<Token> tokens) {
        List<String> words = tokens.stream().map(t -> Lexicon.lower(t.text())).toList();
        int of = words.indexOf("of");
        String head = String.join(" ", words.subList(0, Math.min(words.size(), of < 0 ? words.size() : of + 2)));
        String whole = String.join(" ", of < 0 ? words : words.subList(0, of));
        return BOARDS.contains(head) || BOARDS.contains(whole);
    }

    private static boolean isNumberedUnit(List<Token> tokens) {
        int n = tokens.size();
        return n >= 2
                && tokens.get(n - 1).text().matches("\\d{1,2}|[IVX]{1,4}")
                && NUMBERED_PARTS.contains(Lexicon.lower(tokens.get(n - 2).text()));
    }
}
