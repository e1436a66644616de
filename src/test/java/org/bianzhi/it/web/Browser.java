package org.bianzhi.it.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through Debian's chromedriver, at 1366×768, on the deployed service. Both paths
 * are given, so Selenium never looks for or downloads a browser. Downloads land in {@link #downloads()}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("bianzhi.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("bianzhi.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final URL base;
    private final Path downloads;

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public Browser(URL base) {
        this.base = base;
        try {
            this.downloads = Files.createTempDirectory("bianzhi-downloads");
            Path profile = Files.createTempDirectory("bianzhi-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // a closed network: no background connections, no component updates, no first-run pages
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                    "--no-first-run", "--window-size=1366,768", "--lang=zh-CN", "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            this.driver = new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a screen by its address, e.g. {@code open("/search?q=zw")}. */
    public Browser open(String hashPath) {
        driver.get(base.toString() + "#" + hashPath);
        return this;
    }

    /** Loads the page again, as the browser's reload button does. */
    public void reload() {
        driver.navigate().refresh();
    }

    public Browser signIn(String username, String password) {
        open("/login");
        type("[data-test=username]", username);
        type("[data-test=password]", password);
        click("[data-test=sign-in]");
        waitFor("[data-test=who]");
        return this;
    }

    public void signOut() {
        click("[data-test=sign-out]");
        waitFor("[data-test=login-form]");
    }

    /** The element, waiting until it is displayed. */
    public WebElement waitFor(String css) {
        return until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** The element once it is in the page, shown or not (a file input is visually hidden behind its button). */
    public WebElement present(String css) {
        return until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** Waits until the element's text contains {@code text}; answers the whole text. */
    public String waitForText(String css, String text) {
        return until(d -> {
            for (WebElement e : d.findElements(By.cssSelector(css))) {
                String t = e.getText();
                if (t.contains(text)) return t;
            }
            return null;
        });
    }

    /** Reloads the page until the element shows the text: for what the service derives a moment after a change. */
    public String reloadUntil(String css, String text) {
        return until(d -> {
            d.navigate().refresh();
            try {
                return new WebDriverWait(d, Duration.ofSeconds(3)).until(x -> {
                    for (WebElement e : x.findElements(By.cssSelector(css))) if (e.getText().contains(text)) return e.getText();
                    return null;
                });
            } catch (org.openqa.selenium.TimeoutException e) {
                return null;
            }
        });
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return waitFor(css).getText();
    }

    public Browser click(String css) {
        WebElement e = until(d -> d.findElements(By.cssSelector(css)).stream().filter(x -> x.isDisplayed() && x.isEnabled())
                .findFirst().orElse(null));
        e.click();
        return this;
    }

    /** Types into an input: the element itself, or the input inside it (Ant Design wraps some inputs). */
    public Browser type(String css, String text) {
        WebElement e = input(waitFor(css));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.sendKeys(text);
        return this;
    }

    static WebElement input(WebElement e) {
        String tag = e.getTagName();
        if (tag.equals("input") || tag.equals("textarea")) return e;
        return e.findElement(By.cssSelector("input, textarea"));
    }

    /** Chooses an option of an Ant Design select by the text the user sees. */
    public Browser choose(String css, String optionText) {
        WebElement select = waitFor(css);
        select.click();
        until(d -> d.findElements(By.cssSelector(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option"))
                .stream().filter(o -> o.getText().contains(optionText)).findFirst().orElse(null)).click();
        return this;
    }

    /** Picks a unit in a bz-unit-select by typing part of its name. */
    public Browser chooseUnit(String css, String nameFragment) {
        WebElement select = waitFor(css);
        select.click();
        WebElement input = select.findElement(By.cssSelector("input"));
        input.sendKeys(nameFragment);
        until(d -> d.findElements(By.cssSelector(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option"))
                .stream().filter(o -> o.getText().contains(nameFragment)).findFirst().orElse(null)).click();
        return this;
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Runs an asynchronous script (its last argument is the callback) and answers what it passed back. */
    public Object asyncScript(String js, Object... args) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    public String currentHash() {
        return (String) script("return decodeURIComponent(location.hash)");
    }

    /** The page as the user sees it, saved as target/screenshots/{name}.png (and under -Dbianzhi.screenshots). */
    public Path screenshot(String name) {
        try {
            script("document.activeElement && document.activeElement.blur && document.activeElement.blur()");
            // charts draw with a one-second animation: capture them finished
            if (!all("canvas").isEmpty()) Thread.sleep(1200);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path target = dir.resolve(name + ".png");
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            String publish = System.getProperty("bianzhi.screenshots");
            if (publish != null && !publish.isBlank()) {
                Files.copy(shot, Files.createDirectories(Path.of(publish)).resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file the page downloaded, once it is complete. */
    public Path downloaded(String suffix) {
        return until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    public Path downloads() {
        return downloads;
    }

    /** Errors the page logged (a screen that throws shows up here). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get("browser").getAll().stream().filter(l -> l.getLevel().intValue() >= 1000)
                .map(l -> l.getMessage()).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
