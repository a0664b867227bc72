package org.bilat.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseExpansionTest {
    @Test
    void anOptionalEscapedDotGivesBothSpellings() {
        assertThat(PhraseExpansion.expand("Bord\\.?")).hasValue(List.of("Bord.", "Bord"));
        assertThat(PhraseExpansion.expand("R\\.?U\\.?").orElseThrow())
                .containsExactlyInAnyOrder("R.U.", "R.U", "RU.", "RU");
    }

    @Test
    void classesGroupsAndAlternativesAreFinite() {
        assertThat(PhraseExpansion.expand("S[yY]ld").orElseThrow()).containsExactlyInAnyOrder("Syld", "SYld");
        assertThat(PhraseExpansion.expand("(?:gen|lt)\\.").orElseThrow()).containsExactlyInAnyOrder("gen.", "lt.");
        assertThat(PhraseExpansion.expand("marshal|marshall").orElseThrow())
                .containsExactlyInAnyOrder("marshal", "marshall");
    }

    @Test
    void wildcardsRepetitionsRangesAndAnchorsAreNot() {
        assertThat(PhraseExpansion.expand(".*\\.(gov|org)")).isEmpty();
        assertThat(PhraseExpansion.expand("[A-Z][a-z]+")).isEmpty();
        assertThat(PhraseExpansion.expand("pvt.")).isEmpty();
        assertThat(PhraseExpansion.expand("aud $293")).isEmpty();
        assertThat(PhraseExpansion.expand("x?")).isEmpty();
    }

    @Test
    void plainTextHasNoSpecialCharacter() {
        assertThat(PhraseExpansion.isPlain("new ruritania")).isTrue();
        assertThat(PhraseExpansion.isPlain("st. ruritan")).isFalse();
    }

    @Test
    void phrasesCombineEveryFormOfEveryWord() {
        assertThat(PhraseExpansion.phrases(List.of(List.of("gen", "gen."), List.of("of"), List.of("army"))))
                .hasValue(List.of(List.of("gen", "of", "army"), List.of("gen.", "of", "army")));
    }
}
