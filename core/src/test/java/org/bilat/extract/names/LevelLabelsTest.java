package org.bilat.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelLabelsTest {
    private final LevelLabels labels = LevelLabels.load();

    @Test
    void aPartnershipNamedOnlyByLadderWordsIsALabel() {
        assertThat(labels.isLabel("Comprehensive Strategic Partnership")).isTrue();
        assertThat(labels.isLabel("All-Weather Strategic Cooperative Partnership"))
                .isTrue();
        assertThat(labels.isLabel("Special and Privileged Strategic Partnership"))
                .isTrue();
        assertThat(labels.isLabel("\u201cComprehensive Strategic Partnership\u201d"))
                .isTrue();
        assertThat(labels.isLabel("\"Iron Brothers\"")).isTrue();
    }

    @Test
    void aPartnershipWithAPlaceOrTopicInItsNameIsNoLabel() {
        assertThat(labels.isLabel("Eastern Partnership")).isFalse();
        assertThat(labels.isLabel("Ruritanian Energy Partnership")).isFalse();
        assertThat(labels.isLabel("Partnership")).isFalse();
        assertThat(labels.isLabel("Treaty of Friendship")).isFalse();
    }
}
