package org.bilat.extract.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilat.model.EntityType;
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
            if (best != null && townOfSite(text, t, best)) {
                retyped.add(new Typed(t.from(), t.to(), t.begin(), t.end(), EntityType.GPE, 2, t.canonical()));
                continue;
            }
            retyped.add(
                    best != null && best.strength() > t.strength() && best.type() != t.type() ? retype(t, best) : t);
        }
        return retyped;
    }

    /**
     * "the Klow nuclear power plant" then "Klow": a bare name a site takes with a lower-case class noun after it names
     * the town the site stands in, where CoreNLP read the bare word as a person or place.
     */
    private static boolean townOfSite(AnnotatedText text, Typed weak, Typed site) {
        boolean namedByClassNoun = site.type() == EntityType.FAC
                && !startsUpperOrDigit(text.tokens().get(site.to() - 1))
                && weak.to() - weak.from() == 1;
        String ner = text.tokens().get(weak.from()).ner();
        boolean personOrPlace = weak.strength() < site.strength()
                && (ner.equals("PERSON") || ner.equals("LOCATION") || ner.equals("CITY"));
        return namedByClassNoun && personOrPlace;
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
