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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The partnership ladder page in real headless Chromium over the demo dossier (set up as {@link BrowserIT} is);
 * screenshots go to the build folder's {@code screenshots}.
 */
class LadderBrowserIT {
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
