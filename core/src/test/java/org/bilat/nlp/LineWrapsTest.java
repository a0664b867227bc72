package org.bilat.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineWrapsTest {

    @Test
    void joinsALineBrokenInsideASentenceWithoutMovingCharacters() {
        String text = "The Northern Rail Works and\nthe port signed.\nNext paragraph.";

        String unwrapped = LineWraps.unwrap(text);

        assertThat(unwrapped).isEqualTo("The Northern Rail Works and the port signed.\nNext paragraph.");
        assertThat(unwrapped).hasSameSizeAs(text);
    }

    @Test
    void joinsANameWrappedAfterAConnectorOrAHyphen() {
        assertThat(LineWraps.unwrap("the Academy of\nSciences")).isEqualTo("the Academy of Sciences");
        assertThat(LineWraps.unwrap("a Chinese-\nBelarusian park")).isEqualTo("a Chinese- Belarusian park");
    }

    @Test
    void keepsHeadingsParagraphsAndListsApart() {
        String text = "Diplomatic Sphere\nSince 2013 the two sides met.\nAuthor:\n- Jan Kowal\n\nNew paragraph";

        assertThat(LineWraps.unwrap(text)).isEqualTo(text);
    }

    @Test
    void joinsAScaleWordToTheLineOfTheUnitItScales() {
        assertThat(LineWraps.unwrap("handled 2.4 million\n20-foot units"))
                .isEqualTo("handled 2.4 million 20-foot units");
        assertThat(LineWraps.unwrap("Trade and growth\n2019 was good.")).isEqualTo("Trade and growth\n2019 was good.");
    }

    @Test
    void replacesTheCarriageReturnOfAWrappedWindowsLine() {
        assertThat(LineWraps.unwrap("signed the\r\ntreaty")).isEqualTo("signed the  treaty");
    }
}
