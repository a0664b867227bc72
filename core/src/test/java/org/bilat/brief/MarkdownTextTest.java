package org.bilat.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    @Test
    void sourceTextBecomesOneLineWithMarkupCharactersEscaped() {
        assertThat(MarkdownText.plain("A *bold*\n claim [1] <b>x</b> | y"))
                .isEqualTo("A \\*bold\\* claim \\[1\\] \\<b\\>x\\</b\\> \\| y");
    }

    @Test
    void htmlRendersEscapedMarkupAsTextNeverAsTags() {
        String html = Renderer.html("Quote: " + MarkdownText.plain("<img src=x onerror=alert(1)>"), "t");

        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
    }
}
