package org.bilat.extract.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilat.extract.text.Gazetteer;
import org.bilat.model.EntityType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * A name found once is the same name wherever the text writes it again, even where the tagger did not read that
 * occurrence as a proper noun ("the original Polonez", tagged as a common noun).
 */
final class RepeatedNames {
    private RepeatedNames() {}

    /** Further occurrences of the names in {@code found}, over tokens no name in {@code found} covers. */
    static List<Typed> find(AnnotatedText text, List<Typed> found) {
        Map<String, Typed> names = new HashMap<>();
        for (Typed t : found) {
            if (isRepeatable(text, t)) {
                Typed name = withoutClassNouns(text.tokens(), t);
                if (!isStateAdjectiveOfABody(text.tokens(), t, name)) {
                    names.putIfAbsent(key(text.tokens(), name.from(), name.to()), name);
                }
            }
        }
        boolean[] covered = new boolean[text.tokens().size()];
        for (Typed t : found) {
            for (int i = t.from(); i < t.to() && i < covered.length; i++) {
                covered[i] = true;
            }
        }
        List<Typed> repeats = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i] || !tokens.get(i).isCapitalized()) {
                continue;
            }
            for (Typed name : names.values()) {
                int length = name.to() - name.from();
                int end = i + length;
                if (end > tokens.size()
                        || !key(tokens, i, end).equals(key(tokens, name.from(), name.to()))
                        || anyCovered(covered, i, end)) {
                    continue;
                }
                if (isVariant(tokens, end) && name.type() == EntityType.PRODUCT && !anyCovered(covered, end, end + 2)) {
                    // "Polonez-M": a model's variant is a product of its own
                    end += 2;
                    repeats.add(Typed.of(tokens.subList(i, end), name.type(), name.strength(), null));
                    markCovered(covered, i, end);
                    break;
                }
                if (continuesName(tokens, i, end)) {
                    continue;
                }
                repeats.add(Typed.of(tokens.subList(i, end), name.type(), name.strength(), name.canonical()));
                markCovered(covered, i, end);
                break;
            }
        }
        return repeats;
    }

    /** A name that starts with a capitalised word, and is more than a short word. */
    private static boolean isRepeatable(AnnotatedText text, Typed t) {
        List<Token> tokens = text.tokens();
        if (t.to() <= t.from() || t.to() > tokens.size()) {
            return false;
        }
        String first = tokens.get(t.from()).text();
        return tokens.get(t.from()).isCapitalized() && (t.to() - t.from() > 1 || first.length() >= 3);
    }

    /** The capitalised words of a name a class noun phrase follows ("Polonez" of "Polonez rocket launcher"). */
    private static Typed withoutClassNouns(List<Token> tokens, Typed t) {
        int to = t.from() + 1;
        while (to < t.to() && tokens.get(to).isCapitalized()) {
            to++;
        }
        for (int i = to; i < t.to(); i++) {
            if (tokens.get(i).isCapitalized()) {
                return t;
            }
        }
        Token last = tokens.get(to - 1);
        return new Typed(t.from(), to, t.begin(), last.end(), t.type(), t.strength(), t.canonical());
    }

    /**
     * "Ruritanian" of "Ruritanian special forces": a state's adjective left when a body's lower-case words are cut off
     * does not name the body, so its other uses ("Ruritanian firms") are not that body again.
     */
    private static boolean isStateAdjectiveOfABody(List<Token> tokens, Typed whole, Typed shortened) {
        return shortened.to() < whole.to()
                && shortened.to() - shortened.from() == 1
                && Gazetteer.load().byDemonym(tokens.get(shortened.from())).isPresent();
    }

    /** Whether the match is only the start or the end of a longer name ("Polonez" in "Polonez-M"). */
    private static boolean continuesName(List<Token> tokens, int from, int to) {
        boolean joinedBefore =
                from > 0 && tokens.get(from - 1).end() == tokens.get(from).begin();
        boolean joinedAfter = to < tokens.size()
                && tokens.get(to).begin() == tokens.get(to - 1).end();
        boolean capitalAfter = to < tokens.size() && tokens.get(to).isProperNoun();
        return joinedBefore || joinedAfter || capitalAfter;
    }

    /** A hyphen and a short letter or number code right after a name ("-M", "-2"). */
    private static boolean isVariant(List<Token> tokens, int end) {
        return end + 1 < tokens.size()
                && tokens.get(end).text().equals("-")
                && tokens.get(end).begin() == tokens.get(end - 1).end()
                && tokens.get(end + 1).begin() == tokens.get(end).end()
                && tokens.get(end + 1).text().matches("[A-Z0-9]{1,3}");
    }

    private static void markCovered(boolean[] covered, int from, int to) {
        for (int k = from; k < to; k++) {
            covered[k] = true;
        }
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    private static String key(List<Token> tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int i = from; i < to; i++) {
            key.append(tokens.get(i).text()).append(' ');
        }
        return key.toString();
    }
}
