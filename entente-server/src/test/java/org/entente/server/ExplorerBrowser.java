package org.entente.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.entente.testing.External;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
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
 * Debian's Chromium, headless, driven through Debian's chromedriver: nothing is downloaded (both paths are given, so
 * Selenium Manager has nothing to look up). Absent, the browser tests skip, or fail under {@code CI=true}.
 * Screenshots go to {@code entente.screenshots} (set by failsafe to the build folder) or
 * {@code target/screenshots}. One per test class; not thread-safe.
 */
final class ExplorerBrowser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("entente.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
  static final Duration WAIT = Duration.ofSeconds(20);

  /** Selenium warns that it has no CDP bindings for this Chromium; nothing here uses CDP. Held: loggers are weak. */
  private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium.devtools"),
      Logger.getLogger("org.openqa.selenium.chromium"));

  final ChromeDriver driver;
  final String base;
  final Path screenshots;
  final WebDriverWait wait;

  private ExplorerBrowser(ChromeDriver driver, String base, Path screenshots) {
    this.driver = driver;
    this.base = base;
    this.screenshots = screenshots;
    this.wait = new WebDriverWait(driver, WAIT);
  }

  /** Skips (locally) or fails (CI) unless Chromium and chromedriver are installed. Call before any costly setup. */
  static void requireChromium() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String message = "Chromium (" + CHROMIUM + ") and chromedriver (" + CHROMEDRIVER + ") are needed for the browser "
        + "test; install Debian's packages: apt-get install -y chromium chromium-driver";
    if (!present && !External.underCi()) {
      // Failsafe counts a class skipped in @BeforeAll as no test at all: say why where the build log shows it.
      System.err.println("ExplorerBrowserIT skipped: " + message);
    }
    External.require(present, message);
  }

  /** Starts a headless Chromium, 1400x900, on {@code base} (the server's URL, ending in '/'). */
  static ExplorerBrowser start(String base) {
    requireChromium();
    QUIET.forEach(l -> l.setLevel(Level.SEVERE));
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900",
        "--hide-scrollbars", "--disable-gpu", "--lang=en-US");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1400, 900));
    String dir = System.getProperty("entente.screenshots");
    Path shots = dir != null ? Path.of(dir) : Path.of("target", "screenshots");
    return new ExplorerBrowser(driver, base, shots.toAbsolutePath());
  }

  /** Loads the explorer at a hash route ({@code "#/events"}), as a fresh page. */
  void open(String hash) {
    driver.get(base + hash);
    visible(By.cssSelector("#view[data-view]"));
  }

  /** Changes the route within the running page, as a link would. */
  void go(String hash) {
    ((JavascriptExecutor) driver).executeScript("location.hash = arguments[0]", hash);
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement clickable(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

  void invisible(By by) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  /** Waits until the element's text contains {@code text}; returns the element. */
  WebElement withText(By by, String text) {
    new WebDriverWait(driver, WAIT).withMessage("waiting for " + by + " to contain '" + text + "'")
        .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    return driver.findElement(by);
  }

  <T> T until(Function<WebDriver, T> condition, String what) {
    return new WebDriverWait(driver, WAIT).withMessage("waiting for " + what).until(condition);
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves a screenshot of the window as {@code <screenshots>/<name>.png}; returns its path. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      Path p = screenshots.resolve(name + ".png");
      Files.write(p, driver.getScreenshotAs(OutputType.BYTES));
      System.out.println("screenshot: " + p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The browser console's errors since the last call, less the failed requests a test provoked on purpose. */
  List<String> consoleErrors() {
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()
          && !e.getMessage().contains("the server responded with a status of 4")) {
        out.add(e.getMessage());
      }
    }
    return out;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
