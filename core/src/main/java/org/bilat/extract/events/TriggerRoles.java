package org.bilat.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bilat.extract.text.Lexicon;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Tells a trigger that reports a happening from one that only plays another part in its sentence: the purpose of an
 * earlier trigger ("signed a contract to supply", "created a venture for the production of"), a time anchor ("after
 * the onset of the war", unless its phrase gives its date or its actor), part of a compound modifier ("Russian-produced"), or a habit told in the present tense
 * ("the company manufactures", "rockets are produced", "is selling"); an ongoing activity ("is building") or a present
 * act on one thing ("builds a plant") still reports one.
 */
final class TriggerRoles {
    private static final Set<String> PURPOSE = Set.of("to", "for");
    private static final Set<String> ANCHORS = Set.of("after", "following", "before", "until", "amid", "since");
    private static final Set<String> PHASES = Set.of("start", "beginning", "onset", "outbreak", "end", "eve");
    private static final Set<String> TRADE = Set.of("sell", "supply", "export", "import", "buy", "purchase", "deliver");
    private static final int PURPOSE_REACH = 10;

    private TriggerRoles() {}

    /**
     * Whether the trigger at {@code first} (a verb when {@code verb}) reports a happening of its own, given the
     * triggers and objects that {@code fired} before it; a time anchor
     * still does when its own phrase dates it or names its actor ({@code datedPhrase}: "following the invasion of X
     * in 2022", "before Y's invasion of X").
     */
    static boolean reports(
            AnnotatedText text, EventClause clause, int first, boolean verb, boolean datedPhrase, List<Integer> fired) {
        return !isPurpose(clause, first, fired)
                && !PurposeOfFired.servesFired(text, clause.token(first), fired)
                && (datedPhrase || !isTimeAnchor(clause, first, verb))
                && !inCompound(clause, first)
                && !(verb && isPresentHabit(text, clause, first));
    }

    private static boolean isPurpose(EventClause clause, int first, List<Integer> fired) {
        int before = first - 1;
        while (before > clause.sentenceFirst() && clause.token(before).pos().equals("DT")) {
            before--;
        }
        if (before < clause.sentenceFirst() || !PURPOSE.contains(lower(clause.token(before)))) {
            return false;
        }
        int start = clause.clauseStart(first);
        for (int f : fired) {
            if (f >= start && f < before && before - f <= PURPOSE_REACH) {
                return true;
            }
        }
        return false;
    }

    /** Whether the noun at {@code first} only anchors a time ("after the invasion", "since the start of the war"). */
    static boolean isTimeAnchor(EventClause clause, int first, boolean verb) {
        if (verb) {
            return false;
        }
        int k = first - 1;
        while (k >= clause.sentenceFirst() && isModifier(clause.token(k))) {
            k--;
        }
        if (k >= clause.sentenceFirst() + 1 && lower(clause.token(k)).equals("of")) {
            int phase = k - 1;
            if (PHASES.contains(lower(clause.token(phase)))) {
                k = phase - 1;
                while (k >= clause.sentenceFirst() && clause.token(k).pos().equals("DT")) {
                    k--;
                }
            }
        }
        return k >= clause.sentenceFirst() && ANCHORS.contains(lower(clause.token(k)));
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos.equals("DT")
                || pos.startsWith("JJ")
                || pos.startsWith("NN")
                || pos.equals("POS")
                || pos.equals("HYPH")
                || pos.equals("PRP$");
    }

    private static boolean inCompound(EventClause clause, int first) {
        return first > clause.sentenceFirst() && clause.token(first - 1).pos().equals("HYPH");
    }

    /**
     * A present tense or a present passive ("manufactures", "are produced", "is being built"), or ongoing trade ("is
     * selling": a flow, which figures tell); any other progressive ("is building") tells an ongoing activity, which is
     * an undated event.
     */
    private static boolean isPresentHabit(AnnotatedText text, EventClause clause, int first) {
        Token t = clause.token(first);
        if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
            return !actsOnOneThing(text, t);
        }
        boolean progressive = t.pos().equals("VBG");
        if (!progressive && !t.pos().equals("VBN")) {
            return false;
        }
        for (int k = first - 1; k >= clause.sentenceFirst() && first - k <= 2; k--) {
            if (BeForms.isPresent(clause.token(k))) {
                return !progressive || TRADE.contains(t.lemma().toLowerCase(Locale.ROOT));
            }
            boolean being = lower(clause.token(k)).equals("being");
            if (!being && !clause.token(k).pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A present verb whose object is one thing with an article ("builds a plant", "opens the new terminal") tells a
     * current act, told as news is in the present; a habit acts on kinds ("manufactures tractors"). Trade goes on as
     * a flow whatever its object.
     */
    private static boolean actsOnOneThing(AnnotatedText text, Token verb) {
        if (TRADE.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return text.dependents(verb, "obj").stream()
                .anyMatch(object -> object.pos().equals("NN")
                        && text.dependents(object, "det").stream().anyMatch(d -> Lexicon.isArticle(d.text())));
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
