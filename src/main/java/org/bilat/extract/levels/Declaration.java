package org.bilat.extract.levels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.time.DatedSpan;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * When and how a level was declared. The date is the sentence's time expression nearest the label in the dependency
 * tree (so "established diplomatic relations in 1992 and declared a strategic partnership in 2013" gives 2013 to the
 * partnership), ties going to the nearer in the text. A level is formal when a word of an official act governs it:
 * established, upgraded, elevated, signed, adopted, declared, an agreement, a declaration or a joint statement; a
 * label of speech or commentary ("iron brothers", "closest ally") is informal.
 */
final class Declaration {
    private static final Set<String> ACTS = Set.of(
            "establish",
            "establishment",
            "upgrade",
            "elevate",
            "elevation",
            "raise",
            "sign",
            "adopt",
            "declare",
            "declaration",
            "agreement",
            "agree",
            "communique",
            "treaty");
    /** Heads that only speech gives: brothers and friends are never declared in an official act. */
    private static final Set<String> SPOKEN = Set.of("brother", "brotherhood", "friend");

    private final FactContext context;

    Declaration(FactContext context) {
        this.context = context;
    }

    /** The time expression that dates the level at {@code head}, if its sentence has one. */
    Optional<DatedSpan> date(Token head) {
        DatedSpan best = null;
        int bestScore = Integer.MAX_VALUE;
        for (DatedSpan span : context.dates().inSentence(head.sentence())) {
            Token time = context.text().tokens().get(span.last());
            int linear = Math.abs(span.first() - head.index());
            int score = treeDistance(head, time) * 1000 + linear;
            if (score < bestScore) {
                best = span;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether an official act governs the level at {@code head}. */
    boolean formal(Token head) {
        if (SPOKEN.contains(lower(head.lemma()))) {
            return false;
        }
        for (Token t : ancestors(head)) {
            if (ACTS.contains(lower(t.lemma())) || isJointStatement(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean isJointStatement(Token t) {
        return lower(t.lemma()).equals("statement")
                && context.text().dependents(t, "amod").stream()
                        .anyMatch(m -> lower(m.lemma()).equals("joint"));
    }

    /** The tokens above {@code token} in its sentence's tree, nearest first. */
    List<Token> ancestors(Token token) {
        AnnotatedText text = context.text();
        List<Token> chain = new ArrayList<>();
        Optional<Token> up = text.governor(token);
        while (up.isPresent() && chain.size() <= text.sentence(token.sentence()).size()) {
            chain.add(up.get());
            up = text.governor(up.get());
        }
        return chain;
    }

    /** Edges between two tokens of one sentence's tree; the sentence's length when either is not parsed. */
    private int treeDistance(Token a, Token b) {
        List<Token> fromA = new ArrayList<>(List.of(a));
        fromA.addAll(ancestors(a));
        List<Token> fromB = new ArrayList<>(List.of(b));
        fromB.addAll(ancestors(b));
        for (int i = 0; i < fromA.size(); i++) {
            for (int j = 0; j < fromB.size(); j++) {
                if (fromA.get(i).index() == fromB.get(j).index()) {
                    return i + j;
                }
            }
        }
        return context.text().sentence(a.sentence()).size();
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
