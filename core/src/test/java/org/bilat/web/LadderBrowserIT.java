package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.bilat.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The partnership ladder page in real headless Chromium over the demo dossier (set up as {@link BrowserIT} is);
 * screenshots go to the build folder's {@code screenshots}.
 */
class LadderBrowserIT {
    private static BrowserSession session;
    private static Store store;
    private static WebServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void openTheBrowserOnTheDemo() throws IOException {
        session = BrowserSession.over(DemoKnowledgeBase.dataDir());
        store = session.store;
        server = session.server;
        browser = session.browser;
    }

    @AfterAll
    static void closeTheBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void ladderPageShowsTheBelarusChinaPairWithItsStepChartAndQuotedSteps() {
        String belarus = store.find("Belarus").orElseThrow().id();
        String china = store.find("China").orElseThrow().id();
        browser.get(server.url() + "#/");
        visible(By.cssSelector("#nav a[data-route='ladder']")).click();
        WebElement pair = visible(By.cssSelector(".ladder-pair[data-pair='" + pairKey(belarus, china) + "']"));

        assertThat(pair.findElement(By.tagName("h2")).getText()).isEqualTo("Belarus – China");
        waitFor()
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
        shoot("ladder-1-page");
    }

    private static String pairKey(String one, String other) {
        return one.compareTo(other) < 0 ? one + "|" + other : other + "|" + one;
    }

    private static WebDriverWait waitFor() {
        return session.waitFor();
    }

    private static WebElement visible(By by) {
        return session.visible(by);
    }

    private static void shoot(String name) {
        session.shoot(name);
    }
}
