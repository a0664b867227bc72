package org.bilat.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
    /** One sentence per line; tokens split at spaces (tags do not matter here). */
    private static AnnotatedText lines(String... lines) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int s = 0; s < lines.length; s++) {
            starts.add(tokens.size());
            for (String word : lines[s].split(" ", -1)) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append(' ');
                }
                int begin = text.length();
                text.append(word);
                tokens.add(new Token(tokens.size(), s, word, word, "NN", "O", begin, text.length()));
            }
            text.append('\n');
        }
        return new AnnotatedText(text.toString(), tokens, starts);
    }

    @Test
    void aShortLineThatDoesNotEndAsASentenceIsAHeadline() {
        AnnotatedText text = lines("Chile and Norway sign a fisheries treaty", "Chile signed a treaty with Norway .");

        assertThat(Headlines.isHeadline(text, 0, 6)).isTrue();
        assertThat(Headlines.isHeadline(text, 7, 13)).isFalse();
    }

    @Test
    void aLineLinkingToAnotherStoryIsNotToldEvenWithAFullStop() {
        AnnotatedText text = lines("Read also: Peru buys two frigates .");

        assertThat(Headlines.isHeadline(text, 0, 6)).isTrue();
    }
}
