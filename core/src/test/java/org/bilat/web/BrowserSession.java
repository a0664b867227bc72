package org.bilat.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.bilat.search.SearchIndex;
import org.bilat.store.Store;
import org.openqa.selenium.By;
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
 * The browser tests' fixture: a web server over a data folder and real headless Chromium (Debian's chromium and
 * chromium-driver) driving it, with waits and screenshots into the build folder's {@code screenshots}. The tests skip
 * when Chromium is absent.
 */
final class BrowserSession implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    final Store store;
    final SearchIndex index;
    final WebServer server;
    final ChromeDriver browser;
    private final Path screenshots;

    private BrowserSession(Store store, SearchIndex index, WebServer server, ChromeDriver browser, Path screenshots) {
        this.store = store;
        this.index = index;
        this.server = server;
        this.browser = browser;
        this.screenshots = screenshots;
    }

    /** Serves the data folder and opens Chromium on it; skips the test class when Chromium is not installed. */
    static BrowserSession over(Path data) throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver);"
                        + " ./bilat test installs them");
        Store store = Store.open(data);
        SearchIndex index = SearchIndex.open(data);
        WebServer server = WebServer.start(store, index, "127.0.0.1", 0);
        Path screenshots =
                Files.createDirectories(Path.of(System.getProperty("bilat.screenshots", "target/screenshots")));
        return new BrowserSession(store, index, server, chromium(), screenshots);
    }

    private static ChromeDriver chromium() throws IOException {
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
        return new ChromeDriver(service, options);
    }

    /** Opens a route of the UI ("#/timeline"). */
    void open(String route) {
        browser.get(server.url() + route);
    }

    /** A wait that looks again when the page re-rendered the element it was reading. */
    WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    WebElement visible(By by) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void shoot(String name) {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.quit();
        server.close();
        index.close();
        store.close();
    }
}
