package org.bilat.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Objects;
import java.util.stream.Stream;
import org.bilat.search.SearchIndex;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
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
 * The browser tests' fixture, a JUnit extension ({@code @RegisterExtension static final BrowserSession session =
 * BrowserSession.onDemo();}): before a test class, a web server over the demo dossier's knowledge base (or a copy of
 * it) and real headless Chromium (Debian's chromium and chromium-driver) driving it; after it, all closed. It gives
 * waits and screenshots into the build folder's {@code screenshots}. The tests skip when Chromium is absent.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final boolean onACopy;
    /** What the session opened, the last first: closed in that order after the test class. */
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    private @Nullable Store store;
    private @Nullable WebServer server;
    private @Nullable ChromeDriver browser;
    private @Nullable Path screenshots;

    private BrowserSession(boolean onACopy) {
        this.onACopy = onACopy;
    }

    /** Over the demo dossier's knowledge base, which the other web tests share: for tests that only read. */
    static BrowserSession onDemo() {
        return new BrowserSession(false);
    }

    /** Over a copy of the demo dossier's knowledge base: for tests whose judgements must not reach the shared one. */
    static BrowserSession onCopyOfDemo() {
        return new BrowserSession(true);
    }

    /** Serves the data folder and opens Chromium on it; skips the test class when Chromium is not installed. */
    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver);"
                        + " ./bilat test installs them");
        Path data = data();
        Store openStore = Store.open(data);
        opened.push(openStore);
        store = openStore;
        SearchIndex index = SearchIndex.open(data);
        opened.push(index);
        WebServer openServer = WebServer.start(openStore, index, "127.0.0.1", 0);
        opened.push(openServer);
        server = openServer;
        screenshots = Files.createDirectories(Path.of(System.getProperty("bilat.screenshots", "target/screenshots")));
        ChromeDriver openBrowser = chromium();
        opened.push(openBrowser::quit);
        browser = openBrowser;
    }

    /** The demo's data folder, or a copy of it deleted after the test class. */
    private Path data() throws IOException {
        Path demo = DemoKnowledgeBase.dataDir();
        if (!onACopy) {
            return demo;
        }
        Path copy = Files.createTempDirectory("bilat-browser");
        opened.push(() -> delete(copy));
        copyTree(demo, copy);
        return copy;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        while (!opened.isEmpty()) {
            opened.pop().close();
        }
    }

    Store store() {
        return Objects.requireNonNull(store, "the session opens before the tests");
    }

    ChromeDriver browser() {
        return Objects.requireNonNull(browser, "the session opens before the tests");
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
        browser()
                .get(Objects.requireNonNull(server, "the session opens before the tests")
                                .url()
                        + route);
    }

    /** A wait that looks again when the page re-rendered the element it was reading. */
    WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(browser(), WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    WebElement visible(By by) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void shoot(String name) {
        File shot = ((TakesScreenshot) browser()).getScreenshotAs(OutputType.FILE);
        Path folder = Objects.requireNonNull(screenshots, "the session opens before the tests");
        try {
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a data folder without its lock files (the shared store stays open in this JVM). */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (!file.getFileName().toString().endsWith(".lock")) {
                        Files.copy(file, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
