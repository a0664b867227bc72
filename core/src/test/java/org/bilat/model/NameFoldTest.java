package org.bilat.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFoldTest {
    @Test
    void lowercasesAndCollapsesPunctuationAndSpaces() {
        assertThat(NameFold.fold("  China-Belarus   Industrial Park, \"Great Stone\"! "))
                .isEqualTo("china belarus industrial park great stone");
    }

    @Test
    void dropsApostrophesWithoutSplittingTheWord() {
        assertThat(NameFold.fold("People’s Liberation Army")).isEqualTo("peoples liberation army");
        assertThat(NameFold.fold("People's Liberation Army")).isEqualTo("peoples liberation army");
    }

    @Test
    void dropsALeadingTheOnlyAsAWord() {
        assertThat(NameFold.fold("The Treaty of Friendship")).isEqualTo("treaty of friendship");
        assertThat(NameFold.fold("Theatre")).isEqualTo("theatre");
        assertThat(NameFold.fold("the")).isEqualTo("the");
    }

    @Test
    void stripsAccentsAndCompatibilityForms() {
        assertThat(NameFold.fold("Xi Jìnpíng")).isEqualTo("xi jinping");
        assertThat(NameFold.fold("ﬁnance Ⅱ")).isEqualTo("finance ii");
    }

    @Test
    void readsCyrillicLookalikesInsideLatinWordsAsLatin() {
        assertThat(NameFold.fold("Pоlоnеz")).isEqualTo("polonez");
        assertThat(NameFold.fold("СASC")).isEqualTo("casc");
    }

    @Test
    void turnsOtherCyrillicIntoSpace() {
        assertThat(NameFold.fold("Полонез A200")).isEqualTo("o o e a200");
    }

    @Test
    void knowsWhichCodePointsHaveANonZeroCombiningClass() {
        assertThat(NameFold.combining(0x0301)).isTrue();
        assertThat(NameFold.combining(0x0334)).isTrue();
        assertThat(NameFold.combining(0x0345)).isTrue();
        assertThat(NameFold.combining('a')).isFalse();
        assertThat(NameFold.combining(0x0903)).isFalse();
        assertThat(NameFold.combining(0x0E31)).isFalse();
    }
}
