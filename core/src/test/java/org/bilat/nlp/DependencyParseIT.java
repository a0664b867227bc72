package org.bilat.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pipeline's dependency trees: each token knows its head and relation, and over-long sentences go unparsed. */
class DependencyParseIT {
    private static final NlpPipeline NLP = NlpPipeline.shared();

    @Test
    void tokensCarryTheirHeadAndRelation() {
        AnnotatedText text = NLP.annotate("The premier of Ruritania visited Strelsau with a large delegation.");
        Token visited = token(text, "visited");
        Token premier = token(text, "premier");
        Token delegation = token(text, "delegation");

        assertThat(visited.dep()).isEqualTo("root");
        assertThat(premier.dep()).isEqualTo("nsubj");
        assertThat(text.governor(premier)).contains(visited);
        assertThat(delegation.dep()).isEqualTo("obl");
        assertThat(text.dependents(visited)).contains(premier, delegation, token(text, "Strelsau"));
        assertThat(text.warnings()).isEmpty();
    }

    @Test
    void readsPrepositionsCoordinationAndSubtrees() {
        AnnotatedText text = NLP.annotate("Borduria held talks with Ruritania, Syldavia and Carpania in May.");
        Token ruritania = token(text, "Ruritania");
        Token talks = token(text, "talks");

        assertThat(text.caseMarker(ruritania)).contains("with");
        assertThat(text.withConjuncts(token(text, "Syldavia")))
                .extracting(Token::text)
                .containsExactly("Ruritania", "Syldavia", "Carpania");
        assertThat(text.dominates(token(text, "held"), token(text, "Carpania"))).isTrue();
        assertThat(text.dominates(ruritania, talks)).isFalse();
        int[] span = text.subtreeSpan(ruritania);
        assertThat(text.span(span[0], span[1])).isEqualTo("with Ruritania, Syldavia and Carpania");
        assertThat(text.dependents(token(text, "held"), "obl"))
                .extracting(Token::text)
                .contains("May");
    }

    @Test
    void aSentenceTooLongForTheParserIsLeftUnparsedWithAWarning() {
        String runOn = "word ".repeat(NlpPipeline.MAX_PARSED_TOKENS + 50);
        AnnotatedText text = NLP.annotate("Borduria signed a treaty.\n" + runOn + "\nRuritania ratified it.");

        assertThat(token(text, "signed").parsed()).isTrue();
        assertThat(token(text, "ratified").parsed()).isTrue();
        assertThat(token(text, "word").parsed()).isFalse();
        assertThat(text.warnings()).singleElement().asString().startsWith("character 26: a sentence of 200 tokens");
    }

    private static Token token(AnnotatedText text, String word) {
        List<Token> found =
                text.tokens().stream().filter(t -> t.text().equals(word)).toList();
        return found.get(0);
    }
}
