package org.bilat.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;
import org.junit.jupiter.api.Test;

class TimeConnectivesTest {
    /** One sentence, tokens split at spaces (tags do not matter here). */
    private static EventClause sentence(String words) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String word : words.split(" ", -1)) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), 0, word, word, "NN", "O", begin, text.length()));
        }
        return new EventClause(new AnnotatedText(text.toString(), tokens, List.of(0)), 0);
    }

    @Test
    void aSentenceOpeningWithEarlierOrBeforeThatTurnsBack() {
        assertThat(TimeConnectives.turnsBack(sentence("Earlier , Ruritania signed a treaty with Borduria .")))
                .isTrue();
        assertThat(TimeConnectives.turnsBack(sentence("Before that , the two armies held drills .")))
                .isTrue();
        assertThat(TimeConnectives.turnsBack(sentence("In the past , Syldavia bought tanks .")))
                .isTrue();
    }

    @Test
    void aSentenceGoingOnInItsParagraphsTimeDoesNot() {
        assertThat(TimeConnectives.turnsBack(sentence("The parties also signed a loan agreement .")))
                .isFalse();
        assertThat(TimeConnectives.turnsBack(sentence("Before the vote , Syldavia bought tanks .")))
                .isFalse();
    }

    @Test
    void aSentenceOpeningWithLaterMovesOnToAnUnnamedTime() {
        assertThat(TimeConnectives.movesOn(sentence("A little later , Borduria opened a second plant .")))
                .isTrue();
        assertThat(TimeConnectives.movesOn(sentence("Subsequently , the two armies held drills .")))
                .isTrue();
        assertThat(TimeConnectives.movesOn(sentence("Later talks failed ."))).isTrue();
        assertThat(TimeConnectives.movesOn(sentence("The parties later signed a loan agreement .")))
                .isFalse();
    }
}
