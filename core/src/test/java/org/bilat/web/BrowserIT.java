package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.bilat.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in real headless Chromium (Debian's chromium and chromium-driver) over the demo dossier's knowledge
 * base; screenshots of each step go to the build folder's {@code screenshots}.
 */
class BrowserIT {
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
    void analystFindsAWeaponSystemAndFollowsAQuoteToItsDocument() {
        open("#/");
        WebElement search = visible(By.id("search-input"));
        search.sendKeys("Polonez");
        waitFor()
                .until(driver -> driver.findElements(By.cssSelector(".result a.result-title")).stream()
                        .anyMatch(link -> link.getText().equals("Polonez")));
        shoot("1-search-results");

        waitFor().until(driver -> {
            for (WebElement link : driver.findElements(By.cssSelector(".result a.result-title"))) {
                if (link.getText().equals("Polonez")) {
                    link.click();
                    return true;
                }
            }
            return false;
        });
        WebElement name = visible(By.id("entity-name"));
        waitFor().until(ExpectedConditions.textToBePresentInElement(name, "Polonez"));
        List<WebElement> events = waitFor().until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector("#entity-timeline .event"));
            return found.isEmpty() ? null : found;
        });
        assertThat(events).isNotEmpty();
        WebElement quoteLink = visible(By.cssSelector("#entity-mentions .quote a"));
        String quote = quoteLink.getText().strip();
        assertThat(quote).contains("Polonez");
        shoot("2-entity-page");

        quoteLink.click();
        visible(By.id("document-title"));
        WebElement highlight = visible(By.cssSelector("#document-text mark.highlight"));
        assertThat(normalized(highlight.getText())).isEqualTo(normalized(quote));
        assertThat(browser.findElements(By.cssSelector("#document-text a.mention")))
                .isNotEmpty();
        shoot("3-document-with-quote-highlighted");
    }

    @Test
    void textFromAHostileDocumentIsShownAndNeverRun() {
        String id = store.documents().stream()
                .filter(d -> d.source().equals(DemoKnowledgeBase.HOSTILE_SOURCE))
                .findFirst()
                .orElseThrow()
                .id();

        open("#/document/" + id);
        WebElement text = visible(By.id("document-text"));
        waitFor().until(ExpectedConditions.textToBePresentInElement(text, "<script>"));
        assertThat(text.getText()).contains("<img src=x onerror=");
        shoot("4-hostile-document-shown-as-text");
        open("#/search?q=accord");
        visible(By.cssSelector(".result"));
        open("#/timeline");
        visible(By.cssSelector(".event"));
        open("#/registers");
        visible(By.cssSelector("table#register-table"));
        shoot("5-registers-after-the-hostile-note");

        assertThat(((JavascriptExecutor) browser).executeScript("return window.__bilatXss === undefined"))
                .isEqualTo(true);
        assertThat(alertShown()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#document-text script, .result script")))
                .isEmpty();
    }

    @Test
    void timelineNetworkIndicatorsAndRegistersRender() {
        open("#/timeline");
        visible(By.cssSelector(".event"));
        shoot("6-timeline");
        open("#/network");
        visible(By.cssSelector("#network-graph canvas"));
        shoot("7-network");
        open("#/indicators");
        visible(By.cssSelector("#indicators-years canvas"));
        shoot("8-indicators");
        open("#/registers");
        WebElement table = visible(By.cssSelector("table#register-table"));
        assertThat(table.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("a[href*='format=csv']")))
                .isNotEmpty();
        shoot("9-registers");
    }

    private static void open(String route) {
        browser.get(server.url() + route);
    }

    /** A wait that looks again when the page re-rendered the element it was reading (results while typing). */
    private static WebDriverWait waitFor() {
        return session.waitFor();
    }

    private static WebElement visible(By by) {
        return session.visible(by);
    }

    private static boolean alertShown() {
        try {
            browser.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static void shoot(String name) {
        session.shoot(name);
    }
}
