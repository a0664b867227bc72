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
import java.util.List;
import org.bilat.search.SearchIndex;
import org.bilat.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in real headless Chromium (Debian's chromium and chromium-driver) over the demo dossier's knowledge
 * base; screenshots of each step go to the build folder's {@code screenshots}.
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Store store;
    private static SearchIndex index;
    private static WebServer server;
    private static ChromeDriver browser;
    private static Path screenshots;

    @BeforeAll
    static void openTheBrowserOnTheDemo() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver);"
                        + " ./bilat test installs them");
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
                "--disable-quic",
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
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static WebElement visible(By by) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
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
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
