package org.bilat.nlp;

import java.util.Objects;

/**
 * One token of an annotated text.
 *
 * @param index position in the whole text's token list
 * @param sentence index of the sentence the token belongs to
 * @param text the token exactly as written ({@code begin..end} of the text)
 * @param ner CoreNLP's fine-grained NER class, {@code O} outside any
 * @param head index (in the whole text's token list) of the token this one depends on in the sentence's Universal
 *     Dependencies tree; -1 for the root, and for every token of a sentence that was not parsed
 * @param dep the Universal Dependencies relation to the head ("nsubj", "obl", "nmod:poss"), "root" for the root, and
 *     the empty string where the sentence was not parsed
 */
public record Token(
        int index,
        int sentence,
        String text,
        String lemma,
        String pos,
        String ner,
        int begin,
        int end,
        int head,
        String dep) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
        Objects.requireNonNull(dep, "dep");
    }

    /** A token of a sentence that was not parsed. */
    public Token(int index, int sentence, String text, String lemma, String pos, String ner, int begin, int end) {
        this(index, sentence, text, lemma, pos, ner, begin, end, -1, "");
    }

    /** Whether the token's sentence was parsed. */
    public boolean parsed() {
        return !dep.isEmpty();
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
