package org.bilat.extract.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * "the Klow Free Zone (KFZ)", "Zembla autonomous region (ZAR)": an acronym in brackets right after a name stands for
 * that name, so it takes the name's type instead of the weak guess an unknown acronym gets; its bare mentions elsewhere
 * then follow it (see {@link SameNameSameType}).
 */
final class BracketedAcronyms {
    private BracketedAcronyms() {}

    static List<Typed> apply(AnnotatedText text, List<Typed> typed) {
        Map<Integer, Typed> byEnd = new HashMap<>();
        for (Typed t : typed) {
            byEnd.merge(t.to(), t, (a, b) -> a.to() - a.from() >= b.to() - b.from() ? a : b);
        }
        List<Token> tokens = text.tokens();
        List<Typed> retyped = new ArrayList<>(typed.size());
        for (Typed t : typed) {
            boolean bracketed = t.to() - t.from() == 1
                    && t.from() >= 1
                    && t.to() < tokens.size()
                    && tokens.get(t.from() - 1).text().equals("(")
                    && tokens.get(t.to()).text().equals(")");
            Typed name = bracketed ? byEnd.get(t.from() - 1) : null;
            String word = tokens.get(t.from()).text();
            if (name != null
                    && t.strength() < 2
                    && name.type() != t.type()
                    && isAcronym(word)
                    && Character.toUpperCase(tokens.get(name.from()).text().codePointAt(0)) == word.codePointAt(0)) {
                retyped.add(new Typed(t.from(), t.to(), t.begin(), t.end(), name.type(), 2, t.canonical()));
            } else {
                retyped.add(t);
            }
        }
        return retyped;
    }

    private static boolean isAcronym(String word) {
        return word.matches("\\p{Lu}[\\p{L}&]*\\p{Lu}[\\p{L}]*");
    }
}
