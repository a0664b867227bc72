package org.bilat.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GluedTokensTest {
    @Test
    void readsADateRunIntoTheNextWord() {
        assertThat(GluedTokens.startsWithGluedName("2031Ministry")).isTrue();
        assertThat(GluedTokens.leadingDigits("2031Ministry of Ports")).isEqualTo(4);
        assertThat(GluedTokens.core("2031Ministry")).isEqualTo("Ministry");
    }

    @Test
    void readsAFootnoteDigitStuckToTheLastWord() {
        assertThat(GluedTokens.isGlued("Affairs2")).isTrue();
        assertThat(GluedTokens.trailingDigits("Office of Borduran Affairs12")).isEqualTo(2);
    }

    @Test
    void leavesModelCodesAndOrdinalsAlone() {
        assertThat(GluedTokens.isGlued("ZX-300")).isFalse();
        assertThat(GluedTokens.isGlued("T72")).isFalse();
        assertThat(GluedTokens.isGlued("4th")).isFalse();
        assertThat(GluedTokens.isGlued("2030s")).isFalse();
        assertThat(GluedTokens.trailingDigits("Falcon 2030")).isZero();
    }
}
