package nl.ketenlens.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver} (no Selenium Manager,
 * nothing downloaded). Without them the browser tests are skipped on a developer machine, and fail in CI
 * (environment variable {@code CI} set), where {@code .ci/run} installs them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("ketenlens.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("ketenlens.chromedriver", "/usr/bin/chromedriver"));

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String why = "no browser: " + CHROMIUM + " or " + DRIVER + " missing (apt-get install chromium chromium-driver)";
            if (System.getenv("CI") != null) {
                Assertions.fail(why + " — in CI the browser tests must run; .ci/run installs them");
            }
            Assumptions.abort(why);
        }
        Path profile = Files.createTempDirectory("ketenlens-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-GB"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    /**
     * Logs in through the login page with the account's generated password from the store's credentials file and
     * waits until the page shows who is logged in.
     */
    void logIn(String baseUrl, Path credentials, String name) throws IOException {
        String password = Files.readAllLines(credentials).stream().filter(l -> l.startsWith(name + ":"))
                .map(l -> l.substring(name.length() + 1).split("\\s+")[0]).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + credentials));
        driver.get(baseUrl + "/login.html");
        driver.findElement(By.name("username")).sendKeys(name);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waiting(20).until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
        waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), name));
    }

    WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of("docs", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
