package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bilat.search.SearchIndex;
import org.bilat.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Brief button of entity pages and the timeline, and the digest page, in real headless Chromium over the demo
 * dossier (set up as {@link BrowserIT} is); screenshots go to the build folder's {@code screenshots}.
 */
class BriefBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Store store;
    private static SearchIndex index;
    private static WebServer server;
    private static ChromeDriver browser;
    private static Path screenshots;

    @BeforeAll
    static void openTheBrowserOnTheDemo() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver; ./bilat test installs them");
        Path data = DemoKnowledgeBase.dataDir();
        store = Store.open(data);
        index = SearchIndex.open(data);
        server = WebServer.start(store, index, "127.0.0.1", 0);
        screenshots = Files.createDirectories(Path.of(System.getProperty("bilat.screenshots", "target/screenshots")));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("bilat-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            index.close();
            store.close();
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
        return new WebDriverWait(browser, WAIT);
    }

    private static WebElement visible(By by) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void shoot(String name) {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
