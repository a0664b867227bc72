package org.bilat.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedTextTest {
    @Test
    void climbsFromAWordThroughItsLinksToTheirHead() {
        AnnotatedText text = parsed();
        Token treaty = text.tokens().get(6);

        assertThat(text.climb(treaty, 1, AnnotatedTextTest::isNounModifier))
                .map(Token::text)
                .contains("text");
        assertThat(text.climb(treaty, 3, AnnotatedTextTest::isNounModifier))
                .map(Token::text)
                .contains("signing");
        assertThat(text.climb(treaty, 0, AnnotatedTextTest::isNounModifier)).contains(treaty);
    }

    @Test
    void aClimbThatMeetsAWordWithoutGovernorFindsNothing() {
        Token unparsed = new Token(0, 0, "talks", "talk", "NNS", "O", 0, 5);
        AnnotatedText text = new AnnotatedText("talks", List.of(unparsed), List.of(0));

        assertThat(text.climb(unparsed, 2, t -> true)).isEmpty();
    }

    private static boolean isNounModifier(Token t) {
        return t.dep().equals("nmod");
    }

    /** "witnessed the signing of text of treaty", each word with its governor and relation. */
    private static AnnotatedText parsed() {
        String[][] words = {
            {"witnessed", "VBD", "-1", "root"},
            {"the", "DT", "2", "det"},
            {"signing", "NN", "0", "obj"},
            {"of", "IN", "4", "case"},
            {"text", "NN", "2", "nmod"},
            {"of", "IN", "6", "case"},
            {"treaty", "NN", "4", "nmod"}
        };
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String[] w : words) {
            tokens.add(new Token(
                    tokens.size(), 0, w[0], w[0], w[1], "O", at, at + w[0].length(), Integer.parseInt(w[2]), w[3]));
            at += w[0].length() + 1;
        }
        return new AnnotatedText("witnessed the signing of text of treaty", tokens, List.of(0));
    }
}
