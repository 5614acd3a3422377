package erp.onlinesync.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for the {@code *UiIT} tests, with the helpers they share: sign in, wait
 * for PrimeFaces' Ajax to settle, write a screenshot under {@code target/screenshots/}.
 * <p>
 * Without {@code /usr/bin/chromedriver} the tests are skipped, unless {@code ui.required} is true
 * (CI installs Chromium and sets it, so there a missing browser fails the build).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    public static Browser open() {
        boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!present && !Boolean.getBoolean("ui.required")) {
            Assumptions.abort("chromium and chromium-driver are not installed");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1400,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new Browser(new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String pathInContext) {
        driver.get(Deployed.uri(pathInContext).toString());
    }

    public void signIn(String user, String password) {
        go("/login.xhtml");
        driver.findElement(By.id("login:userName")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waitFor(By.id("menuForm"));
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until PrimeFaces has no Ajax request in flight. */
    public void awaitAjax() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Writes {@code target/screenshots/<name>.png} for a person to look at. */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
