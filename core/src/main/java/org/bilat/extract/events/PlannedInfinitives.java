package org.bilat.extract.events;

import java.util.List;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Tells a verb told as a plan through an infinitive: after a form of "be" ("the president is to meet his counterpart",
 * "the two sides were to sign a treaty"), or as a headline's clause with a subject and no finite verb ("Ruritania to
 * impose sanctions on Borduria"). Neither says the thing happened.
 */
final class PlannedInfinitives {
    private static final int ADVERB_REACH = 2;

    private PlannedInfinitives() {}

    /** Whether the verb {@code verb} is an infinitive of plan. */
    static boolean planned(AnnotatedText text, Token verb) {
        if (!verb.pos().equals("VB")) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int to = verb.index() - 1;
        if (to < 0 || !tokens.get(to).text().equalsIgnoreCase("to")) {
            return false;
        }
        int k = to - 1;
        while (k >= 0 && to - k <= ADVERB_REACH && tokens.get(k).pos().startsWith("RB")) {
            k--;
        }
        if (k >= 0 && BeForms.isFinite(tokens.get(k))) {
            return true;
        }
        return verb.dep().equals("root") && !text.dependents(verb, "nsubj").isEmpty();
    }
}
