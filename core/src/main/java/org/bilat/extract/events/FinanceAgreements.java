package org.bilat.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bilat.model.EventType;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Tells an agreement that grants money from other agreements: a loan, credit, investment or bailout signed or agreed
 * is a financing ("a loan agreement", "an agreement on lending projects", "an agreement to provide credit", "agreed on
 * a credit arrangement"), read from the words that modify the agreement noun or the agreeing verb's objects; a
 * participle clause ("an agreement signed in May to address financing needs") tells when, not what, and a money word
 * that names a want ("to address financing concerns") grants nothing.
 */
final class FinanceAgreements {
    /** The CAMEO code of economic aid, which loans and investments granted fall under. */
    static final String CAMEO = "071";

    private static final Set<String> MONEY_WORDS =
            Set.of("loan", "credit", "lending", "investment", "financing", "bailout", "swap");
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod", "obj", "obl", "acl", "xcomp");
    /** Nouns of a want or difficulty: "financing concerns", "credit needs" name a problem, not money granted. */
    private static final Set<String> NEEDS = Set.of(
            "concern", "need", "problem", "issue", "difficulty", "gap", "shortage", "constraint", "risk", "question");

    private FinanceAgreements() {}

    /** Whether the agreement {@code match} found in {@code text} grants money. */
    static boolean grantsMoney(AnnotatedText text, TriggerMatch match) {
        if (match.trigger().type() != EventType.AGREE) {
            return false;
        }
        List<Token> heads = new ArrayList<>();
        heads.add(text.tokens().get(match.window().first()));
        if (match.object() >= 0) {
            heads.add(text.tokens().get(match.object()));
        }
        for (Token head : heads) {
            if (modifiedByMoney(text, head, 3)) {
                return true;
            }
        }
        return false;
    }

    /** A money word among the modifiers of {@code head}, down {@code depth} steps of modifiers. */
    private static boolean modifiedByMoney(AnnotatedText text, Token head, int depth) {
        if (depth == 0) {
            return false;
        }
        for (Token t : text.dependents(head)) {
            String relation =
                    t.dep().contains(":") ? t.dep().substring(0, t.dep().indexOf(':')) : t.dep();
            boolean participle = relation.equals("acl") && !t.pos().equals("VB");
            boolean need = NEEDS.contains(t.lemma().toLowerCase(Locale.ROOT));
            if (!MODIFIERS.contains(relation) || t.dep().equals("nmod:poss") || participle || need) {
                continue;
            }
            if (MONEY_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT)) || modifiedByMoney(text, t, depth - 1)) {
                return true;
            }
        }
        return false;
    }
}
