package org.skillpass.testsupport;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (never a downloaded one), sized like a
 * 360 px phone, asking for zh-CN pages as a Chinese phone would.
 */
public final class Browser implements AutoCloseable {

    public static final int PHONE_WIDTH = 360;

    private final WebDriver driver;
    private final Path profile;

    public Browser() throws Exception {
        profile = Files.createTempDirectory("skillpass-chromium");
        ChromeOptions options = new ChromeOptions();
        String binary = new File("/usr/lib/chromium/chromium").canExecute() ? "/usr/lib/chromium/chromium" : "/usr/bin/chromium";
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--lang=zh-CN", "--user-data-dir=" + profile,
                "--window-size=" + PHONE_WIDTH + ",780");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 780));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * The visible element, waiting for it. While a page is being replaced Chrome may report a node "not
     * belonging to the document" (a generic WebDriverException): that is retried like a stale element.
     */
    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void type(String css, String text) {
        retrying(() -> {
            WebElement e = find(css);
            e.clear();
            e.sendKeys(text);
        });
    }

    /**
     * Runs a browser action again when Chrome lost the element under it (the page or an Ajax update
     * replaced it between finding and acting): "stale element" or "node does not belong to the document".
     */
    public void retrying(Runnable action) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    action.run();
                    return true;
                });
    }

    /** Clicks and waits for the next page to load (full-page submits). */
    public void clickAndWait(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        retrying(() -> find(css).click());
        // the old page is gone: Selenium says "stale", or Chrome says the node no longer belongs to the document
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        waitForText("body");
    }

    public String text(String css) {
        return find(css).getText();
    }

    /**
     * Picks an item of a PrimeFaces selectOneMenu by the start of its label, waiting for the panel's
     * animation, and checks that the menu shows the choice.
     */
    public void selectOneMenu(String escapedId, String labelPrefix) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(RuntimeException.class).until(d -> {
            if (!d.findElement(By.cssSelector("#" + escapedId + "_panel")).isDisplayed()) {
                d.findElement(By.cssSelector("#" + escapedId + " .ui-selectonemenu-trigger")).click();
            }
            WebElement item = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#" + escapedId + "_items li[data-label^='" + labelPrefix + "']")));
            item.click();
            return d.findElement(By.cssSelector("#" + escapedId + "_label")).getText().startsWith(labelPrefix);
        });
    }

    /** The element's text as in the DOM, unaffected by line wrapping on a narrow screen. */
    public String textContent(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getAttribute("textContent");
    }

    public void waitForText(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                return !d.findElement(By.cssSelector(css)).getText().isBlank();
            } catch (Exception ex) {
                return false;
            }
        });
    }

    public void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(RuntimeException.class)
                .until(d -> condition.getAsBoolean());
    }

    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Page wider than the phone means horizontal scrolling: the layout broke. */
    public long pageWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Saves what the browser shows to target/browser-screenshots/NAME.png (kept for diagnosis). */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("skillpass.build.dir", "target"), "browser-screenshots");
            Files.createDirectories(dir);
            long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new Dimension(PHONE_WIDTH, (int) Math.min(4000, Math.max(780, height))));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (Exception e) {
            System.err.println("screenshot failed: " + e);
        }
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
