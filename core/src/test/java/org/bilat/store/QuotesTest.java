package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotesTest {
    private static String quote(String text, String mention) {
        int at = text.indexOf(mention);
        return Quotes.around(text, at, at + mention.length());
    }

    @Test
    void quotesTheSentenceAroundTheMention() {
        String text = "One thing first. Acme builds tractors here! Is it so? Yes.";

        assertThat(quote(text, "Acme")).isEqualTo("Acme builds tractors here!");
        assertThat(quote(text, "tractors")).isEqualTo("Acme builds tractors here!");
        assertThat(quote(text, "Is")).isEqualTo("Is it so?");
    }

    @Test
    void stopsAtABlankLineButNotAtALineBreak() {
        String text = "A heading without a stop\n\nAcme builds\ntractors\n \nNext part";

        assertThat(quote(text, "Acme")).isEqualTo("Acme builds\ntractors");
    }

    @Test
    void takesTheWholeTextWhenItHasNoSentenceEnd() {
        assertThat(quote("made by Acme in town", "Acme")).isEqualTo("made by Acme in town");
        assertThat(quote("Acme", "Acme")).isEqualTo("Acme");
    }

    @Test
    void keepsAMentionThatEndsWithAFullStopInsideItsSentence() {
        String text = "Before. Sold by Acme Inc. to buyers abroad. After.";

        assertThat(quote(text, "Acme Inc.")).isEqualTo("Sold by Acme Inc. to buyers abroad.");
    }

    @Test
    void cutsALongSentenceToAboutThreeHundredCharactersAtWordBoundaries() {
        String words = "word ".repeat(200);
        String text = words + "Acme " + words + "end.";

        String quote = quote(text, "Acme");

        assertThat(quote)
                .contains("Acme")
                .hasSizeLessThanOrEqualTo(Quotes.MAX_LENGTH)
                .hasSizeGreaterThan(250);
        assertThat(quote).startsWith("word ").endsWith(" word");
    }
}
