package com.quarterhour.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven through Debian's chromedriver. Both are given by path, so
 * Selenium Manager never looks for (or downloads) a driver or a browser; failsafe also sets SE_OFFLINE. Every
 * step's screenshot is numbered under target/browser-screenshots, and the browser console is read after each
 * step: any SEVERE entry fails the test.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    /** A common phone's screen in CSS pixels (an iPhone 12 to 14). */
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    private final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;
    private final List<String> consoleErrors = new ArrayList<>();

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** A fresh browser (own profile in {@code profile}) against the application on {@code port}. */
    static Browser open(int port, Path profile) {
        requireInstalled(CHROMIUM, "chromium");
        requireInstalled(CHROMEDRIVER, "chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--window-size=1440,1100", "--lang=en-GB",
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    static void requireInstalled(Path executable, String debianPackage) {
        if (!Files.isExecutable(executable)) {
            throw new AssertionError(executable + " is missing: the browser tests need Debian's Chromium and its "
                    + "driver; install them with: apt-get install -y chromium chromium-driver (package " + debianPackage
                    + ")");
        }
    }

    /**
     * From now on the page is laid out as on a phone 390 pixels wide and 844 high (touch, the page's viewport tag
     * honoured): a desktop window cannot be made narrower than 500 pixels, so Chromium's device emulation does it.
     */
    void phoneSized() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT,
                "deviceScaleFactor", 2, "mobile", true));
    }

    /**
     * Fails unless the page fits the phone's width: nothing to scroll sideways to. Names the elements that stick out. A
     * phone shows a page wider than itself zoomed out, so a window wider than the phone fails too.
     */
    void assertNoSidewaysScrolling() {
        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) driver.executeScript("""
                return { width: window.innerWidth, page: document.documentElement.scrollWidth,
                  wider: Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > arguments[0] + 0.5)
                    .slice(0, 8).map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')) };
                """, PHONE_WIDTH);
        long width = ((Number) layout.get("width")).longValue();
        long page = ((Number) layout.get("page")).longValue();
        if (width != PHONE_WIDTH || page > width) {
            throw new AssertionError("The page " + driver.getCurrentUrl() + " is " + page + " pixels wide in a window of "
                    + width + " (a phone's is " + PHONE_WIDTH + "); sticking out: " + layout.get("wider"));
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * Opens a page that answers with an error status on purpose (the 403 or 404 page). Chromium logs a page's own error
     * status as a console error: that one entry is expected here; any other still fails the next step.
     */
    void goToErrorPage(String path, int status) {
        go(path);
        String expected = baseUrl + path + " - Failed to load resource: the server responded with a status of " + status + " ";
        readConsole(message -> !message.startsWith(expected));
    }

    /** The application's login page, which leads on to Tasklist or the portal; the demo users' password is their name. */
    void logInAs(String user) {
        visitAs(user, "/login");
    }

    /** Opens {@code path} as a new visitor: the login form comes first, then the page asked for. */
    void visitAs(String user, String path) {
        driver.manage().deleteAllCookies();
        go(path);
        visible(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebElement clickable(By locator) {
        return wait.until(ExpectedConditions.elementToBeClickable(locator));
    }

    /** Scrolls the element to the middle of the view first: Tasklist's footer covers the bottom of the form. */
    WebElement click(By locator) {
        WebElement element = inView(locator);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        return element;
    }

    /**
     * Does something that loads a new page (a form's submit, a link) and waits until the page it was on is gone: found
     * before that, an element of the old page (a notice both pages show) would go stale while being read.
     */
    void toNewPage(Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        wait.until(d -> isGone(page));
    }

    /**
     * Whether the element's page has been replaced. Chromium answers a question about a node of a page being left
     * either "stale element" or, while the new document loads, "Node ... does not belong to the document": both mean
     * it is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    WebElement inView(By locator) {
        WebElement element = visible(locator);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    WebDriverWait waiting() {
        return wait;
    }

    /** Saves target/browser-screenshots/{name}.png and fails if the console logged an error so far. */
    Path step(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertNoConsoleErrors("at step " + name);
        return file;
    }

    /** What a failing test saw: its page as a screenshot and as HTML, named after the test. */
    void saveFailure(String testName) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("FAILED-" + testName + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(SCREENSHOTS.resolve("FAILED-" + testName + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // the test's own failure is what matters; a page that cannot be saved must not hide it
            e.printStackTrace();
        }
    }

    void assertNoConsoleErrors(String when) {
        readConsole(message -> true);
        if (!consoleErrors.isEmpty()) {
            throw new AssertionError("The browser console logged errors " + when + " (" + driver.getCurrentUrl() + "):\n"
                    + String.join("\n", consoleErrors));
        }
    }

    /** Keeps the console's errors logged since it was last read that {@code counts}. */
    private void readConsole(Predicate<String> counts) {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && counts.test(entry.getMessage())) {
                consoleErrors.add(entry.getMessage());
            }
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
