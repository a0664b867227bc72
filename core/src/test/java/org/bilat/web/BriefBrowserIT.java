package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Brief button of entity pages and the timeline, and the digest page, in real headless Chromium over the demo
 * dossier (set up as {@link BrowserIT} is); screenshots go to the build folder's {@code screenshots}.
 */
class BriefBrowserIT {
    @RegisterExtension
    static final BrowserSession session = BrowserSession.onDemo();

    @Test
    void briefButtonOnAnEntityPageOpensTheCitedBriefOfThatEntity() {
        String id = session.store().find("Belarus").orElseThrow().id();
        session.open("#/entity/" + id);
        WebElement button = session.visible(By.id("brief-button"));
        assertThat(button.getAttribute("href")).endsWith("/api/brief?entity=" + id + "&format=html");
        session.shoot("brief-1-entity-page");

        String page = session.browser().getWindowHandle();
        button.click();
        session.waitFor().until(driver -> driver.getWindowHandles().size() > 1);
        List<String> tabs = new ArrayList<>(session.browser().getWindowHandles());
        tabs.remove(page);
        session.browser().switchTo().window(tabs.get(0));
        WebElement heading = session.visible(By.tagName("h1"));
        assertThat(heading.getText()).isEqualTo("Brief: Belarus, all years");
        assertThat(session.browser().findElements(By.cssSelector("h2")).stream().map(WebElement::getText))
                .contains("Key numbers", "Chronology", "Key figures", "Notes");
        session.shoot("brief-2-brief-opened");
        session.browser().close();
        session.browser().switchTo().window(page);
    }

    @Test
    void briefButtonOnTheTimelineCarriesItsFiltersAndServesAPdf() {
        session.open("#/timeline?entity=China&from=2010&to=2024");
        WebElement pdf = session.visible(By.id("brief-pdf"));
        assertThat(pdf.getAttribute("href")).endsWith("/api/brief?entity=China&from=2010&to=2024&format=pdf");

        Object answer = session.browser()
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type')"
                                + " + ' ' + new TextDecoder().decode(new Uint8Array(b).slice(0, 5)))));",
                        pdf.getAttribute("href"));
        assertThat(answer).isEqualTo("application/pdf %PDF-");
        session.shoot("brief-3-timeline");
    }

    @Test
    void digestPageOffersTheDigestOfThePeriodChosen() {
        session.open("#/digest?since=2024-01-01");
        WebElement open = session.visible(By.id("digest-html"));
        assertThat(open.getAttribute("href")).endsWith("/api/digest?since=2024-01-01&format=html");
        session.shoot("brief-4-digest-page");
    }
}
