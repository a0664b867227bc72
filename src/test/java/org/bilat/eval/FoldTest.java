package org.bilat.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldTest {
    @Test
    void lowercasesAndCollapsesPunctuationAndSpaces() {
        assertThat(Fold.fold("  China-Belarus   Industrial Park, \"Great Stone\"! "))
                .isEqualTo("china belarus industrial park great stone");
    }

    @Test
    void dropsApostrophesWithoutSplittingTheWord() {
        assertThat(Fold.fold("People’s Liberation Army")).isEqualTo("peoples liberation army");
        assertThat(Fold.fold("People's Liberation Army")).isEqualTo("peoples liberation army");
    }

    @Test
    void dropsALeadingTheOnlyAsAWord() {
        assertThat(Fold.fold("The Treaty of Friendship")).isEqualTo("treaty of friendship");
        assertThat(Fold.fold("Theatre")).isEqualTo("theatre");
        assertThat(Fold.fold("the")).isEqualTo("the");
    }

    @Test
    void stripsAccentsAndCompatibilityForms() {
        assertThat(Fold.fold("Xi Jìnpíng")).isEqualTo("xi jinping");
        assertThat(Fold.fold("ﬁnance Ⅱ")).isEqualTo("finance ii");
    }

    @Test
    void readsCyrillicLookalikesInsideLatinWordsAsLatin() {
        assertThat(Fold.fold("Pоlоnеz")).isEqualTo("polonez");
        assertThat(Fold.fold("СASC")).isEqualTo("casc");
    }

    @Test
    void turnsOtherCyrillicIntoSpace() {
        assertThat(Fold.fold("Полонез A200")).isEqualTo("o o e a200");
    }

    @Test
    void knowsWhichCodePointsHaveANonZeroCombiningClass() {
        assertThat(Fold.combining(0x0301)).isTrue();
        assertThat(Fold.combining(0x0334)).isTrue();
        assertThat(Fold.combining(0x0345)).isTrue();
        assertThat(Fold.combining('a')).isFalse();
        assertThat(Fold.combining(0x0903)).isFalse();
        assertThat(Fold.combining(0x0E31)).isFalse();
    }
}
