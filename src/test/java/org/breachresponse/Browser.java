package org.breachresponse;

import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser journeys ({@code *BrowserIT}). Both binaries are named
 * explicitly so Selenium Manager never tries to download a browser or driver (nothing but Maven
 * Central, Debian and npm is reachable from the build machines). Screenshots go to
 * {@code target/browser-screenshots/}, named after the journey.
 */
public final class Browser implements AutoCloseable {

  private static final By USERNAME = By.cssSelector("input[ng-model=username]");

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** Long enough for the Tasklist's first load on a busy CI machine; waits return as soon as they can. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final Path profile;
  private final String journey;

  private Browser(ChromeDriver driver, Path profile, String journey) {
    this.driver = driver;
    this.profile = profile;
    this.journey = journey;
  }

  /** Starts a fresh browser with an empty profile; skips (locally) or fails (in CI) without Chromium. */
  public static Browser open(Class<?> journey) {
    return open(journey, List.of());
  }

  /**
   * The same, with more Chromium switches, e.g. {@code --ignore-certificate-errors-spki-list=<hash>} to trust
   * exactly the key of a server's test certificate (and nothing else) over HTTPS.
   */
  public static Browser open(Class<?> journey, List<String> arguments) {
    requireChromium();
    Path profile = temporaryProfile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Known to work as root in containers; the rest keep the browser from calling home during a test.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,1000");
    options.addArguments(arguments);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new Browser(new ChromeDriver(service, options), profile, journey.getSimpleName());
  }

  /** Chromium and its driver are Debian packages: CI must install them; a developer may go without. */
  public static void requireChromium() {
    List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path)).toList();
    if (missing.isEmpty()) {
      return;
    }
    String reason = "Browser journeys need Debian's Chromium, but " + missing + " is missing. "
        + "Install it with: apt-get install -y chromium chromium-driver";
    if ("true".equals(System.getenv("CI"))) {
      Assertions.fail("CI must install Chromium for the browser journeys. " + reason);
    }
    System.err.println("*** SKIPPING BROWSER JOURNEY *** " + reason);
    Assumptions.abort(reason);
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Waits until {@code condition} yields a value (not null, not false) and returns it, trying again when
   * the page re-rendered an element under it; on timeout the failure says what the user was waiting to see.
   */
  public <T> T waitUntil(String whatTheUserShouldSee, Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
        .withMessage(whatTheUserShouldSee).until(condition);
  }

  /** Saves what the browser shows now as {@code target/browser-screenshots/<Journey>-<step>.png}. */
  /** Opens the Tasklist's sign-in page of the server at {@code base} (e.g. http://127.0.0.1:8180/camunda/). */
  public void openTasklist(URL base) {
    driver.get(URI.create(base.toString()).resolve("app/tasklist/").toString());
    waitUntil("the Tasklist sign-in form", visibilityOfElementLocated(USERNAME));
  }

  /** Signs a development user in on the open sign-in page (their password is their id). */
  public void signIn(String user) {
    signIn(user, user);
  }

  /** Signs {@code user} in with {@code password} on the open sign-in page, e.g. with their directory account. */
  public void signIn(String user, String password) {
    driver.findElement(USERNAME).sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(password);
    driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    waitUntil(user + " signed in (their name in the header)", visibilityOfElementLocated(
        By.xpath("//li[contains(@class,'account')]/a[contains(normalize-space(),'" + user + "')]")));
  }

  public Path screenshot(String step) {
    try {
      Path directory = Path.of(System.getProperty("basedir", "."), "target", "browser-screenshots");
      Files.createDirectories(directory);
      Path file = directory.resolve(journey + "-" + step + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps a last screenshot (where a failed journey stopped), then quits and removes the profile. */
  @Override
  public void close() {
    try {
      screenshot("last");
    } catch (WebDriverException | UncheckedIOException e) {
      System.err.println("No last screenshot of " + journey + ": " + e.getMessage());
    } finally {
      driver.quit();
      deleteProfile();
    }
  }

  private static Path temporaryProfile() {
    try {
      return Files.createTempDirectory("chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      System.err.println("Could not remove the browser profile " + profile + ": " + e.getMessage());
    }
  }
}
