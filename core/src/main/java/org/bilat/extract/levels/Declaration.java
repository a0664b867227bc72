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

    /**
     * The time expression that dates the level at {@code head}: one of its sentence, else, where the sentence was cut
     * at a line break or the level was declared ("They raised relations to ..."), the only one of the sentence before
     * it in its paragraph.
     */
    Optional<DatedSpan> date(Token head) {
        Optional<DatedSpan> own = nearest(head, context.dates().inSentence(head.sentence()));
        int previous = head.sentence() - 1;
        if (own.isPresent() || previous < 0 || !samePassage(previous, head)) {
            return own;
        }
        List<DatedSpan> before = context.dates().inSentence(previous);
        if (cutAtLineBreak(previous)) {
            return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
        }
        return before.size() == 1 && formal(head) ? Optional.of(before.get(0)) : Optional.empty();
    }

    private Optional<DatedSpan> nearest(Token head, List<DatedSpan> spans) {
        DatedSpan best = null;
        int bestScore = Integer.MAX_VALUE;
        for (DatedSpan span : spans) {
            Token time = context.text().tokens().get(span.last());
            int distance = treeDistance(head, time);
            int score = distance * 1000 + Math.abs(span.first() - head.index());
            if (distance >= 0 && score < bestScore) {
                best = span;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether sentence {@code s} ends without a full stop: the sentence splitter cut it at a line break. */
    private boolean cutAtLineBreak(int s) {
        AnnotatedText text = context.text();
        String last = text.tokens().get(text.sentenceEnd(s) - 1).text();
        return !last.matches("[.!?;:\"”'’)]+");
    }

    /** Whether no blank line stands between sentence {@code s} and the head. */
    private boolean samePassage(int s, Token head) {
        AnnotatedText text = context.text();
        int from = text.tokens().get(text.sentenceEnd(s) - 1).end();
        return !text.text().substring(from, head.begin()).matches("(?s).*\\n\\s*\\n.*");
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

    /**
     * Edges between two tokens of one sentence's tree; the sentence's length when either is not parsed; -1 when the
     * time hangs on a clause coordinated with the label's ("relations were established in 1992 and the partnership
     * has since been upgraded": 1992 dates the relations, not the partnership).
     */
    private int treeDistance(Token label, Token time) {
        List<Token> fromLabel = new ArrayList<>(List.of(label));
        fromLabel.addAll(ancestors(label));
        List<Token> fromTime = new ArrayList<>(List.of(time));
        fromTime.addAll(ancestors(time));
        for (int i = 0; i < fromLabel.size(); i++) {
            for (int j = 0; j < fromTime.size(); j++) {
                if (fromLabel.get(i).index() == fromTime.get(j).index()) {
                    boolean coordinated = i > 0 && fromLabel.get(i - 1).dep().equals("conj") && j > 0;
                    return coordinated ? -1 : i + j;
                }
            }
        }
        return context.text().sentence(label.sentence()).size();
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
