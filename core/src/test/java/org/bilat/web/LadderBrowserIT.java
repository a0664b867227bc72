package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The partnership ladder page in real headless Chromium over the demo dossier (set up as {@link BrowserIT} is);
 * screenshots go to the build folder's {@code screenshots}.
 */
class LadderBrowserIT {
    @RegisterExtension
    static final BrowserSession session = BrowserSession.onDemo();

    @Test
    void ladderPageShowsTheBelarusChinaPairWithItsStepChartAndQuotedSteps() {
        String belarus = session.store().find("Belarus").orElseThrow().id();
        String china = session.store().find("China").orElseThrow().id();
        session.open("#/");
        session.visible(By.cssSelector("#nav a[data-route='ladder']")).click();
        WebElement pair = session.visible(By.cssSelector(".ladder-pair[data-pair='" + pairKey(belarus, china) + "']"));

        assertThat(pair.findElement(By.tagName("h2")).getText()).isEqualTo("Belarus – China");
        session.waitFor()
                .until(driver ->
                        !pair.findElements(By.cssSelector(".chart canvas")).isEmpty());
        List<String> dated = pair.findElements(By.cssSelector(".ladder-steps > li")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(dated).hasSizeGreaterThanOrEqualTo(3);
        assertThat(dated.get(0)).startsWith("2013-07 · comprehensive strategic partnership · rank 5 · formal");
        assertThat(dated.get(1)).startsWith("2016-09-29 · all-round strategic partnership · rank 6 · formal");
        assertThat(dated.get(2)).startsWith("2022 · all-weather comprehensive strategic partnership · rank 7");
        assertThat(pair.findElements(By.cssSelector(".ladder-undated > li")))
                .allSatisfy(li -> assertThat(li.getText()).startsWith("undated · "));
        assertThat(pair.findElements(By.cssSelector(".ladder-step blockquote")))
                .allSatisfy(quote -> assertThat(quote.getText()).startsWith("“"));
        session.shoot("ladder-1-page");
    }

    private static String pairKey(String one, String other) {
        return one.compareTo(other) < 0 ? one + "|" + other : other + "|" + one;
    }
}
