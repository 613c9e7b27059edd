package org.emend.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromedriver) for the console's end-to-end
 * tests. Without Chromium the tests are skipped, unless EMEND_REQUIRE_BROWSER=true (CI) makes
 * that a failure. Screenshots go to target/screenshots for reviewers.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** Opens a fresh browser (its own profile: its own cookies and storage) on the app at {@code base}. */
    public static Browser open(String base) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("EMEND_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("Chromium and chromedriver are required: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed: browser tests skipped");
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-default-apps", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1440,1000",
                    "--lang=en-US");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1440, 1000));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, base.endsWith("/") ? base.substring(0, base.length() - 1) : base, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Waits until an element matching {@code css} is on the page. */
    public WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Waits for an element matching {@code css} and returns its text; an element replaced while
     * a new page loads is looked up again rather than failing as stale.
     */
    public String awaitText(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(current -> {
                    java.util.List<WebElement> found = current.findElements(By.cssSelector(css));
                    return found.isEmpty() ? null : found.get(0).getText();
                });
    }

    /** Waits (up to a minute) until an element matching {@code css} shows {@code text}: what a script updates. */
    public void awaitTextContaining(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(current -> current.findElements(By.cssSelector(css)).stream()
                        .anyMatch(element -> element.getText().contains(text)));
    }

    /** Waits until the browser has left {@code path} (a form posted elsewhere has been answered). */
    public void awaitLeaving(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(current -> !path().replaceAll("[?#].*", "").equals(path));
    }

    /**
     * Clicks an element after scrolling it to the middle of the window, where the editor's
     * sticky save bar does not cover it.
     */
    public void click(String css) {
        WebElement element = find(css);
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /**
     * Clicks a link, or a button that submits a form, and waits until the page it loads has
     * replaced this one, so what is read next cannot come from the page that was left.
     */
    public void clickThrough(String css) {
        loadingNextPage(() -> click(css));
    }

    /** Does {@code action}, which loads another page, and waits until that page has replaced this one. */
    public void loadingNextPage(Runnable action) {
        // A mark on the old page's window: gone once another document is loaded. (Waiting for the
        // old root element to go stale instead trips Chromedriver's "Node with given id does not
        // belong to the document" mid-navigation.)
        script("window.emendLeftPage = true");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(current -> Boolean.TRUE.equals(
                        script("return window.emendLeftPage === undefined && document.readyState === 'complete'")));
    }

    /**
     * Clicks a button whose form the page saves in place (the page editor's saves) and returns
     * the message the save answered with, never the one shown before.
     */
    public String clickAndAwaitMessage(String css) {
        script("var shown = document.getElementById('message'); if (shown) { shown.remove(); }");
        click(css);
        return awaitText("#message");
    }

    /**
     * The elements that reach past the window's right edge (so the page scrolls sideways), as
     * tag#id.class, the outermost first; empty when the page fits the window's width.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> overflowing() {
        return (java.util.List<String>) script(
                """
                        var width = document.documentElement.clientWidth;
                        return Array.from(document.querySelectorAll('body *'))
                          .filter(function (e) { return e.getBoundingClientRect().right > width + 1
                            && !e.closest('dialog:not([open])') && getComputedStyle(e).position !== 'fixed'
                            && !(e.parentElement && e.parentElement.closest('table') && getComputedStyle(e.closest('table')).overflowX === 'auto'); })
                          .slice(0, 10).map(function (e) { return e.tagName.toLowerCase() + '#' + e.id + '.' + e.className; });""");
    }

    /** Replaces a field's value as typing would. */
    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    public Browser signIn(String username, String password) {
        go("/console/login");
        type("#username", username);
        type("#password", password);
        clickThrough("form button[type=submit]");
        await("header.bar");
        return this;
    }

    public Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * The serious and critical accessibility violations axe-core finds on the page, one line each
     * (rule, impact, first element). axe-core comes from npm into target/axe (see .ci/run).
     */
    public java.util.List<String> accessibilityViolations() {
        Path axe = Path.of("target", "axe", "axe.min.js");
        if (!Files.isReadable(axe) && "true".equals(System.getenv("EMEND_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("axe-core is required: npm pack axe-core@4.11.0 into target/axe");
        }
        Assumptions.assumeTrue(Files.isReadable(axe), "axe-core is not in target/axe: accessibility checks skipped");
        try {
            script(Files.readString(axe));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(function (results) {
                  done(results.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.length + ' elements, first '
                      + v.nodes[0].target.join(' ') + ': ' + v.help; }));
                }, function (error) { done(['axe failed: ' + error]); });""");
        @SuppressWarnings("unchecked")
        java.util.List<String> violations = (java.util.List<String>) found;
        return violations;
    }

    /** Saves a screenshot of the whole page as target/screenshots/{name}.png. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // A profile left behind in target/ is harmless
        }
    }
}
