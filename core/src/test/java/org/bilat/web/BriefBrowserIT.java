package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
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
 * The Brief button of entity pages and the timeline, and the digest page, in real headless Chromium over the demo
 * dossier (set up as {@link BrowserIT} is); screenshots go to the build folder's {@code screenshots}.
 */
class BriefBrowserIT {
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
    void briefButtonOnAnEntityPageOpensTheCitedBriefOfThatEntity() {
        String id = store.find("Belarus").orElseThrow().id();
        browser.get(server.url() + "#/entity/" + id);
        WebElement button = visible(By.id("brief-button"));
        assertThat(button.getAttribute("href")).endsWith("/api/brief?entity=" + id + "&format=html");
        shoot("brief-1-entity-page");

        String page = browser.getWindowHandle();
        button.click();
        waitFor().until(driver -> driver.getWindowHandles().size() > 1);
        List<String> tabs = new ArrayList<>(browser.getWindowHandles());
        tabs.remove(page);
        browser.switchTo().window(tabs.get(0));
        WebElement heading = visible(By.tagName("h1"));
        assertThat(heading.getText()).isEqualTo("Brief: Belarus, all years");
        assertThat(browser.findElements(By.cssSelector("h2")).stream().map(WebElement::getText))
                .contains("Key numbers", "Chronology", "Key figures", "Notes");
        shoot("brief-2-brief-opened");
        browser.close();
        browser.switchTo().window(page);
    }

    @Test
    void briefButtonOnTheTimelineCarriesItsFiltersAndServesAPdf() {
        browser.get(server.url() + "#/timeline?entity=China&from=2010&to=2024");
        WebElement pdf = visible(By.id("brief-pdf"));
        assertThat(pdf.getAttribute("href")).endsWith("/api/brief?entity=China&from=2010&to=2024&format=pdf");

        Object answer = browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type')"
                        + " + ' ' + new TextDecoder().decode(new Uint8Array(b).slice(0, 5)))));",
                pdf.getAttribute("href"));
        assertThat(answer).isEqualTo("application/pdf %PDF-");
        shoot("brief-3-timeline");
    }

    @Test
    void digestPageOffersTheDigestOfThePeriodChosen() {
        browser.get(server.url() + "#/digest?since=2024-01-01");
        WebElement open = visible(By.id("digest-html"));
        assertThat(open.getAttribute("href")).endsWith("/api/digest?since=2024-01-01&format=html");
        shoot("brief-4-digest-page");
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
