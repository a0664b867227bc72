package org.bilat.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.bilat.nlp.Token;
import org.junit.jupiter.api.Test;

class BeFormsTest {
    @Test
    void presentFormsInAnyCaseAreAlsoFinite() {
        assertThat(words("is", "Are", "am")).allMatch(BeForms::isPresent).allMatch(BeForms::isFinite);
    }

    @Test
    void pastAndContractedFormsAreFiniteButNotPresent() {
        assertThat(words("was", "were", "'s", "'re"))
                .allMatch(BeForms::isFinite)
                .noneMatch(BeForms::isPresent);
    }

    @Test
    void theInfinitiveAndParticiplesAreNotFinite() {
        assertThat(words("be", "been", "being")).noneMatch(BeForms::isFinite);
    }

    private static List<Token> words(String... texts) {
        return Stream.of(texts)
                .map(text -> new Token(0, 0, text, text, "VB", "O", 0, text.length()))
                .toList();
    }
}
