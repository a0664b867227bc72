package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web UI in real headless Chromium (Debian's chromium and chromium-driver) over the demo dossier's knowledge
 * base; screenshots of each step go to the build folder's {@code screenshots}.
 */
class BrowserIT {
    @RegisterExtension
    static final BrowserSession session = BrowserSession.onDemo();

    @Test
    void analystFindsAWeaponSystemAndFollowsAQuoteToItsDocument() {
        session.open("#/");
        WebElement search = session.visible(By.id("search-input"));
        search.sendKeys("Polonez");
        session.waitFor()
                .until(driver -> driver.findElements(By.cssSelector(".result a.result-title")).stream()
                        .anyMatch(link -> link.getText().equals("Polonez")));
        session.shoot("1-search-results");

        session.waitFor().until(driver -> {
            for (WebElement link : driver.findElements(By.cssSelector(".result a.result-title"))) {
                if (link.getText().equals("Polonez")) {
                    link.click();
                    return true;
                }
            }
            return false;
        });
        WebElement name = session.visible(By.id("entity-name"));
        session.waitFor().until(ExpectedConditions.textToBePresentInElement(name, "Polonez"));
        List<WebElement> events = session.waitFor().until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector("#entity-timeline .event"));
            return found.isEmpty() ? null : found;
        });
        assertThat(events).isNotEmpty();
        WebElement quoteLink = session.visible(By.cssSelector("#entity-mentions .quote a"));
        String quote = quoteLink.getText().strip();
        assertThat(quote).contains("Polonez");
        session.shoot("2-entity-page");

        quoteLink.click();
        session.visible(By.id("document-title"));
        WebElement highlight = session.visible(By.cssSelector("#document-text mark.highlight"));
        assertThat(normalized(highlight.getText())).isEqualTo(normalized(quote));
        assertThat(session.browser().findElements(By.cssSelector("#document-text a.mention")))
                .isNotEmpty();
        session.shoot("3-document-with-quote-highlighted");
    }

    @Test
    void textFromAHostileDocumentIsShownAndNeverRun() {
        String id = session.store().documents().stream()
                .filter(d -> d.source().equals(DemoKnowledgeBase.HOSTILE_SOURCE))
                .findFirst()
                .orElseThrow()
                .id();

        session.open("#/document/" + id);
        WebElement text = session.visible(By.id("document-text"));
        session.waitFor().until(ExpectedConditions.textToBePresentInElement(text, "<script>"));
        assertThat(text.getText()).contains("<img src=x onerror=");
        session.shoot("4-hostile-document-shown-as-text");
        session.open("#/search?q=accord");
        session.visible(By.cssSelector(".result"));
        session.open("#/timeline");
        session.visible(By.cssSelector(".event"));
        session.open("#/registers");
        session.visible(By.cssSelector("table#register-table"));
        session.shoot("5-registers-after-the-hostile-note");

        assertThat(((JavascriptExecutor) session.browser()).executeScript("return window.__bilatXss === undefined"))
                .isEqualTo(true);
        assertThat(alertShown()).isFalse();
        assertThat(session.browser().findElements(By.cssSelector("#document-text script, .result script")))
                .isEmpty();
    }

    @Test
    void timelineNetworkIndicatorsAndRegistersRender() {
        session.open("#/timeline");
        session.visible(By.cssSelector(".event"));
        session.shoot("6-timeline");
        session.open("#/network");
        session.visible(By.cssSelector("#network-graph canvas"));
        session.shoot("7-network");
        session.open("#/indicators");
        session.visible(By.cssSelector("#indicators-years canvas"));
        session.shoot("8-indicators");
        session.open("#/registers");
        WebElement table = session.visible(By.cssSelector("table#register-table"));
        assertThat(table.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(session.browser().findElements(By.cssSelector("a[href*='format=csv']")))
                .isNotEmpty();
        session.shoot("9-registers");
    }

    private static boolean alertShown() {
        try {
            session.browser().switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
