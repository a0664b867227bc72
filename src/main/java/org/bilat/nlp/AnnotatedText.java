package org.bilat.nlp;

import java.util.List;
import java.util.Objects;

/** A text with its tokens, lemmas, part-of-speech tags and NER classes, and where its sentences start. */
public record AnnotatedText(String text, List<Token> tokens, List<Integer> sentenceStarts) {
    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        sentenceStarts = List.copyOf(sentenceStarts);
    }

    /** The tokens of sentence {@code s}. */
    public List<Token> sentence(int s) {
        int from = sentenceStarts.get(s);
        int to = s + 1 < sentenceStarts.size() ? sentenceStarts.get(s + 1) : tokens.size();
        return tokens.subList(from, to);
    }

    public int sentenceCount() {
        return sentenceStarts.size();
    }

    /** The exact text from the start of token {@code from} to the end of token {@code to} (inclusive). */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).begin(), tokens.get(to).end());
    }
}
