package org.bilat.extract.events;

import java.util.List;
import java.util.Set;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Where a trigger's clause and arguments lie in its sentence: clauses end at semicolons, colons and dashes; a verb's
 * arguments are its subject just before it and its objects after it (and further back when it is a participle: "an
 * agreement ... was signed"); a noun's arguments are its modifiers and the phrase after it.
 */
final class EventClause {
    private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", "—", ".", "?", "!");
    private static final int AFTER = 15;
    private static final int BEFORE_PARTICIPLE = 25;
    private static final int BEFORE_VERB = 6;
    private static final int BEFORE_NOUN = 4;

    private final AnnotatedText text;
    private final int sentenceFirst;
    private final int sentenceLast;

    EventClause(AnnotatedText text, int sentence) {
        this.text = text;
        List<Token> tokens = text.sentence(sentence);
        this.sentenceFirst = tokens.get(0).index();
        this.sentenceLast = tokens.get(tokens.size() - 1).index();
    }

    int sentenceFirst() {
        return sentenceFirst;
    }

    int sentenceLast() {
        return sentenceLast;
    }

    /** The first token of the clause holding token {@code i}. */
    int clauseStart(int i) {
        int at = i;
        while (at > sentenceFirst && !endsClause(at - 1)) {
            at--;
        }
        return at;
    }

    /** The last token of the clause holding token {@code i}. */
    int clauseEnd(int i) {
        int at = i;
        while (at < sentenceLast && !endsClause(at + 1)) {
            at++;
        }
        return at;
    }

    /** A clause ends at a semicolon, colon or dash, and at a comma before "and"/"but"/"while" and a verb. */
    private boolean endsClause(int k) {
        String word = token(k).text();
        if (CLAUSE_ENDS.contains(word)) {
            return true;
        }
        if (!word.equals(",") || k + 2 > sentenceLast || !token(k + 1).pos().equals("CC")) {
            return false;
        }
        return token(k + 2).pos().startsWith("VB")
                || (k + 3 <= sentenceLast && token(k + 3).pos().startsWith("VB"));
    }

    /**
     * Whether token {@code i} lies inside a source citation: parentheses that hold a comma and no verb and end with a
     * number, "(Agency, July 18)".
     */
    boolean inCitation(int i) {
        int open = openParenthesis(i);
        if (open < 0) {
            return false;
        }
        boolean comma = false;
        for (int k = open + 1; k <= sentenceLast; k++) {
            String word = token(k).text();
            if (word.equals(")")) {
                return comma && token(k - 1).pos().equals("CD");
            }
            if (token(k).pos().startsWith("VB")) {
                return false;
            }
            comma |= word.equals(",");
        }
        return comma && token(sentenceLast).pos().equals("CD");
    }

    /** The index of the "(" opening the parentheses token {@code i} lies in, or -1. */
    int openParenthesis(int i) {
        for (int k = i - 1; k >= sentenceFirst; k--) {
            String word = token(k).text();
            if (word.equals(")")) {
                return -1;
            }
            if (word.equals("(")) {
                return k;
            }
        }
        return -1;
    }

    /** The tokens where the arguments of a trigger spanning {@code first..last} are looked for. */
    EventWindow window(int first, int last, boolean verb) {
        int start = clauseStart(first);
        int end = clauseEnd(last);
        int after = last;
        while (after < end && after - last < AFTER && !stopsObject(token(after + 1))) {
            after++;
        }
        int reach = verb ? (token(first).pos().equals("VBN") ? BEFORE_PARTICIPLE : BEFORE_VERB) : BEFORE_NOUN;
        int before = first;
        while (before > start && first - before < reach && !(verb && stopsObject(token(before - 1)))) {
            before--;
        }
        return new EventWindow(before, first, last, after);
    }

    private boolean stopsObject(Token t) {
        String pos = t.pos();
        boolean auxiliary = t.lemma().equals("be") || t.lemma().equals("have");
        return pos.equals("MD") || ((pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) && !auxiliary);
    }

    Token token(int i) {
        return text.tokens().get(i);
    }
}
