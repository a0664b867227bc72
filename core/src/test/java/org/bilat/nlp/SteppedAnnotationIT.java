package org.bilat.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** A long text is tagged and parsed a step of sentences at a time: its progress is heard and an interrupt stops it. */
class SteppedAnnotationIT {
    private static final NlpPipeline NLP = NlpPipeline.shared();
    private static final String SENTENCE =
            "The envoy of Ruritania met the premier of Borduria in Strelsau in May 2020.\n";

    @Test
    void reportsTheShareOfSentencesDoneUpToTheWhole() {
        List<Integer> done = new ArrayList<>();
        AnnotatedText text = NLP.annotate(SENTENCE.repeat(45), "2021-01-01", (sentences, total) -> {
            assertThat(total).isEqualTo(45);
            done.add(sentences);
        });

        assertThat(done).containsExactly(20, 40, 45);
        assertThat(text.tokens()).allSatisfy(token -> assertThat(token.parsed()).isTrue());
        assertThat(text.times()).hasSize(45);
    }

    @Test
    void stopsAtTheEndOfTheStepInHandWhenInterrupted() {
        List<Integer> done = new ArrayList<>();
        try {
            assertThatThrownBy(() -> NLP.annotate(SENTENCE.repeat(100), null, (sentences, total) -> {
                        done.add(sentences);
                        Thread.currentThread().interrupt();
                    }))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(done).containsExactly(20);
    }
}
