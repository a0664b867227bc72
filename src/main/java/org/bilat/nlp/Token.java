package org.bilat.nlp;

import java.util.Objects;

/**
 * One token of an annotated text.
 *
 * @param index position in the whole text's token list
 * @param sentence index of the sentence the token belongs to
 * @param text the token exactly as written ({@code begin..end} of the text)
 * @param ner CoreNLP's fine-grained NER class, {@code O} outside any
 */
public record Token(int index, int sentence, String text, String lemma, String pos, String ner, int begin, int end) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
