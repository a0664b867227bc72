package org.bilat.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateFormsTest {
    @Test
    void formWordsInAnyCase() {
        assertThat(StateForms.isFormWord("Principality")).isTrue();
        assertThat(StateForms.isFormWord("republic")).isTrue();
        assertThat(StateForms.isFormWord("ministry")).isFalse();
    }

    @Test
    void stateNameBeforeItsForm() {
        assertThat(StateForms.nameBeforeForm("ruritania federation")).contains("ruritania");
        assertThat(StateForms.nameBeforeForm("zembla principality")).contains("zembla");
        assertThat(StateForms.nameBeforeForm("ruritania railways")).isEmpty();
        assertThat(StateForms.nameBeforeForm("federation")).isEmpty();
    }
}
