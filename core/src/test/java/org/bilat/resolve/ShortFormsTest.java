package org.bilat.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortFormsTest {

    @Test
    void readsAClippedCompoundWithTheHeadNounAsAShortForm() {
        assertThat(ShortForms.isShortFormOf("Exim Bank", "Export-Import Bank of Borduria"))
                .isTrue();
    }

    @Test
    void readsTheStateMovedInFrontAsPartOfTheShortForm() {
        assertThat(ShortForms.isShortFormOf("Borduria Eximbank", "Export–Import Bank of Borduria"))
                .isTrue();
        assertThat(ShortForms.isShortFormOf("Borduran Exim Bank", "Export-Import Bank of Borduria"))
                .isTrue();
    }

    @Test
    void needsAClippedWordAndTheHeadNoun() {
        assertThat(ShortForms.isShortFormOf("Borduria Bank", "Development Bank of Borduria"))
                .isFalse();
        assertThat(ShortForms.isShortFormOf("Exim Fund", "Export-Import Bank of Borduria"))
                .isFalse();
    }

    @Test
    void rejectsWordsTheLongNameDoesNotStartWith() {
        assertThat(ShortForms.isShortFormOf("Agro Bank", "Export-Import Bank of Borduria"))
                .isFalse();
    }
}
