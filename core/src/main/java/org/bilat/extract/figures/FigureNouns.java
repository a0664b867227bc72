package org.bilat.extract.figures;

import java.util.List;
import org.bilat.nlp.Token;

/** Noun phrases next to a figure, read over part-of-speech tags: what a count counts, what a figure measures. */
final class FigureNouns {
    private static final int MAX_PHRASE = 8;

    private FigureNouns() {}

    /**
     * The last token of the nouns a count counts, from token {@code from} on ("Kenyan naval delegations", "Mi-17 MTV
     * helicopters"), or -1: a plural noun, or a singular one after "1" or an acronym ("UAV").
     */
    static int countedHead(List<Token> tokens, int from, int end, double value) {
        int lastPlural = -1;
        int lastNoun = -1;
        for (int j = from; j < end && j < from + MAX_PHRASE; j++) {
            Token t = tokens.get(j);
            if (isNoun(t)) {
                lastNoun = j;
                lastPlural = isPlural(t) && (lastPlural < 0 || lastPlural == j - 1) ? j : lastPlural;
            } else if (lastPlural >= 0 || !(isModifier(t) || isNameNumber(tokens, j, end) || isLink(tokens, j, end))) {
                break;
            }
        }
        if (lastPlural >= 0) {
            return lastPlural;
        }
        return lastNoun >= 0 && (value == 1 || isAcronym(tokens.get(lastNoun))) ? lastNoun : -1;
    }

    /** The first token of the noun phrase that ends at noun {@code last}, going back no further than {@code start}. */
    static int phraseStart(List<Token> tokens, int last, int start) {
        int first = last;
        for (int j = last - 1; j >= start && j > last - MAX_PHRASE; j--) {
            Token t = tokens.get(j);
            if (!(isNoun(t) || isModifier(t) || t.pos().equals("POS"))) {
                break;
            }
            first = j;
        }
        while (first < last
                && !isNoun(tokens.get(first))
                && !tokens.get(first).pos().startsWith("JJ")) {
            first++;
        }
        return first;
    }

    /** The last noun of the noun phrase that starts at {@code from} after any determiner, or -1. */
    static int phraseEnd(List<Token> tokens, int from, int end) {
        int j = from;
        while (j < end
                && (tokens.get(j).pos().equals("DT") || tokens.get(j).pos().equals("PRP$"))) {
            j++;
        }
        int lastNoun = -1;
        for (int k = j; k < end && k < j + MAX_PHRASE; k++) {
            Token t = tokens.get(k);
            if (isNoun(t)) {
                lastNoun = k;
            } else if (!(isModifier(t) || t.pos().equals("POS"))
                    || (lastNoun >= 0 && !t.pos().equals("POS"))) {
                break;
            }
        }
        return lastNoun;
    }

    static boolean isNoun(Token t) {
        return t.pos().startsWith("NN") && !t.text().equals("%");
    }

    static boolean isCommonNoun(Token t) {
        return t.pos().equals("NN") || t.pos().equals("NNS");
    }

    private static boolean isPlural(Token t) {
        return t.pos().equals("NNS") || t.pos().equals("NNPS") || t.text().matches("[A-Z][A-Z0-9]+s");
    }

    private static boolean isAcronym(Token t) {
        return t.text().length() > 1 && t.text().matches("[A-Z][A-Z0-9]+");
    }

    /** Adjectives and participles that may stand inside a noun phrase ("armoured", "new", "Kenyan"). */
    private static boolean isModifier(Token t) {
        return t.pos().equals("JJ")
                || t.pos().equals("JJR")
                || t.pos().equals("VBN")
                || t.pos().equals("HYPH");
    }

    /** A number inside a model name, before a noun ("Mi-17 MTV helicopters", "Su-30 fighters"). */
    private static boolean isNameNumber(List<Token> tokens, int j, int end) {
        if (!tokens.get(j).pos().equals("CD") || j < 1 || j + 1 >= end || !isNoun(tokens.get(j + 1))) {
            return false;
        }
        if (UnitWords.isAttachedHyphen(tokens, j - 1) && j >= 2) {
            return tokens.get(j - 2).isCapitalized();
        }
        return tokens.get(j - 1).isProperNoun();
    }

    /** "and" or "/" joining two modifiers or nouns before the head ("road and rail bridges"). */
    private static boolean isLink(List<Token> tokens, int j, int end) {
        String text = tokens.get(j).text();
        return (text.equals("and") || text.equals("or") || text.equals("/"))
                && j + 1 < end
                && (isNoun(tokens.get(j + 1)) || isModifier(tokens.get(j + 1)));
    }
}
