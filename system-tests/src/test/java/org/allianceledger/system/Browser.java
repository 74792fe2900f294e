package org.allianceledger.system;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.util.Map;

/** Debian's chromium, headless, driven through Debian's chromedriver (`apt-get install chromium chromium-driver`). */
public final class Browser {

    static final File CHROMIUM = new File(System.getProperty("browser.binary", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("browser.driver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    public static ChromeDriver start() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                                            + ": apt-get install chromium chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // no sandbox as root; no background connections, which this machine's closed network refuses
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--disable-quic", "--no-first-run", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--window-size=1400,2000",
                             "--lang=zh-CN");
        // as a Chinese user's browser asks: headless chromium would send Accept-Language en-US whatever --lang says
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(10));
        return browser;
    }

    /** Signs in through the dashboard's login form. */
    public static void logIn(WebDriver browser, String baseUrl, String user, String password) {
        browser.get(baseUrl + "/");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement submit = browser.findElement(By.cssSelector("button[type=submit]"));
        submit.click();
        // click() returns before the form's navigation: until the login page is gone, its source is what one reads
        await(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(submit));
    }

    public static WebDriverWait await(WebDriver browser, Duration timeout) {
        return new WebDriverWait(browser, timeout, Duration.ofMillis(50));
    }
}
