package dev.verdict;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs). */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    public static WebDriver start() {
        return start(new String[0]);
    }

    /** A headless Chromium with more command-line switches. */
    public static WebDriver start(String... extraArguments) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium is not installed (apt-get install chromium chromium-driver); .ci/run installs it");
        try {
            Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profile);
            options.addArguments(extraArguments);
            var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The viewport itself at this size (not the window, whose frame would take some of it); a phone below 600 px. */
    public static void viewport(WebDriver driver, int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    public static WebDriverWait waitFor(WebDriver driver, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Opens a page that needs a login, logs in on the way, and lands on that page. */
    public static void loginAt(WebDriver driver, String url, String username) {
        driver.get(url);
        var wait = waitFor(driver, 90);
        var user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("demo", Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        if (!driver.getCurrentUrl().equals(url)) {
            driver.get(url);
        }
    }

    /** Logs in through Verdict's login page as a demo user (password "demo"). */
    public static void login(WebDriver driver, String baseUrl, String username) {
        driver.get(baseUrl + "/login");
        var wait = waitFor(driver, 90);
        var user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("demo", Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Saves what the browser shows now as target/screenshots/{name}, for a person to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Path shot = ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath();
            java.nio.file.Files.copy(shot, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
