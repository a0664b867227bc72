package org.bilat.extract.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilat.model.NameFold;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * One name keeps one type through a document: where a class noun or reference list typed a name once ("the Polonez
 * multiple launch rocket system"), its bare mentions elsewhere ("Polonez") take that type instead of a weak guess.
 */
final class SameNameSameType {
    private SameNameSameType() {}

    static List<Typed> apply(AnnotatedText text, List<Typed> typed) {
        Map<String, Typed> strongest = new HashMap<>();
        for (Typed t : typed) {
            strongest.merge(key(text, t), t, (a, b) -> b.strength() > a.strength() ? b : a);
        }
        List<Typed> retyped = new ArrayList<>(typed.size());
        for (Typed t : typed) {
            Typed best = strongest.get(key(text, t));
            retyped.add(
                    best != null && best.strength() > t.strength() && best.type() != t.type() ? retype(t, best) : t);
        }
        return retyped;
    }

    private static Typed retype(Typed weak, Typed strong) {
        return new Typed(
                weak.from(), weak.to(), weak.begin(), weak.end(), strong.type(), strong.strength(), weak.canonical());
    }

    /** The name without the lower-case class words that may follow it. */
    private static String key(AnnotatedText text, Typed t) {
        int last = t.to() - 1;
        while (last > t.from() && !startsUpperOrDigit(text.tokens().get(last))) {
            last--;
        }
        return NameFold.fold(text.text()
                .substring(
                        text.tokens().get(t.from()).begin(),
                        text.tokens().get(last).end()));
    }

    private static boolean startsUpperOrDigit(Token token) {
        int first = token.text().codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }
}
