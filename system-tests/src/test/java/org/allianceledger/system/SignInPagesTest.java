package org.allianceledger.system;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's own pages in a real browser: sign-in in Chinese by default and English after its switch, a wrong
 * password said so, the 403 page for an OPERATOR with a one-click sign-out, and the 404 page instead of Whitelabel.
 * Screenshots of each go to target/screenshots.
 */
class SignInPagesTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration PAGE = Duration.ofSeconds(10);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    static ConfigurableApplicationContext commandService;
    static ConfigurableApplicationContext queryService;
    ChromeDriver browser;

    @BeforeAll
    static void start() {
        String database = TestDatabase.url("signin");
        commandService = Services.command(database);
        queryService = Services.query(database);
    }

    @AfterAll
    static void stop() {
        queryService.close();
        commandService.close();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    static String dashboard() {
        return Services.api(queryService, "viewer").baseUrl();
    }

    @Test
    void theSignInPageIsInChineseByDefaultAndInEnglishAfterItsSwitch() throws IOException {
        browser.get(dashboard() + "/");
        Browser.await(browser, PAGE).until(ExpectedConditions.urlToBe(dashboard() + "/login"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录");
        assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("用户名");
        assertThat(browser.findElement(By.cssSelector("label[for=password]")).getText()).isEqualTo("密码");
        assertThat(browser.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("登录");
        assertThat(browser.getPageSource()).doesNotContain("Please sign in"); // Spring's default page
        screenshot("signin-zh.png");

        WebElement toEnglish = browser.findElement(By.id("language"));
        assertThat(toEnglish.getText()).isEqualTo("English");
        toEnglish.click();
        Browser.await(browser, PAGE).until(ExpectedConditions.stalenessOf(toEnglish));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("User name");
        Cookie kept = browser.manage().getCookieNamed("lang");
        assertThat(kept.getValue()).isEqualTo("en");
        assertThat(kept.getPath()).isEqualTo("/");
        assertThat(kept.getSameSite()).isEqualTo("Strict");
        assertThat(kept.getExpiry()).as("kept for a year").isAfter(new java.util.Date(System.currentTimeMillis()
                                                                                       + Duration.ofDays(360).toMillis()));
        screenshot("signin-en.png");

        browser.get(dashboard() + "/");
        Browser.await(browser, PAGE).until(ExpectedConditions.urlToBe(dashboard() + "/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("the choice is kept").isEqualTo("Sign in");
        browser.findElement(By.id("language")).click();
        Browser.await(browser, PAGE).until(ExpectedConditions.textToBe(By.tagName("h1"), "登录"));
    }

    @Test
    void aWrongPasswordIsSaidSoInTheLanguage() {
        Browser.logIn(browser, dashboard(), "viewer", "not-the-password");
        assertThat(browser.getCurrentUrl()).isEqualTo(dashboard() + "/login?error");
        assertThat(browser.findElement(By.id("failed")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("failed")).getText()).isEqualTo("用户名或密码错误。");
        assertThat(browser.findElement(By.id("signed-out")).isDisplayed()).isFalse();

        browser.manage().addCookie(new Cookie.Builder("lang", "en").path("/").sameSite("Strict").build());
        Browser.logIn(browser, dashboard(), "viewer", "still-not-it");
        assertThat(browser.findElement(By.id("failed")).getText()).isEqualTo("Wrong user name or password.");

        Browser.logIn(browser, dashboard(), "viewer", Api.password("viewer"));
        assertThat(browser.getCurrentUrl()).isEqualTo(dashboard() + "/");
        assertThat(browser.findElements(By.id("username"))).as("signed in, past the sign-in page").isEmpty();
    }

    @Test
    void anOperatorReadsWhichRoleIsNeededAndSignsOutWithOneClick() throws Exception {
        Browser.logIn(browser, dashboard(), "operator", Api.password("operator"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("无权访问");
        assertThat(browser.findElement(By.id("who")).getText()).contains("operator");
        assertThat(browser.findElement(By.id("needed")).getText()).contains("VIEWER", "AUDITOR", "ADMIN");
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel");
        screenshot("forbidden.png");

        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> page = get("/", "JSESSIONID=" + session, BROWSER_ACCEPT);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        HttpResponse<String> script = get("/", "JSESSIONID=" + session, "application/json");
        assertThat(script.statusCode()).isEqualTo(403);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Api.JSON.readTree(script.body()).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(get("/webjars/echarts/5.3.1/dist/echarts.min.js", "JSESSIONID=" + session, "*/*").statusCode())
                .as("the dashboard's libraries need a dashboard role too").isEqualTo(403);

        WebElement signOut = browser.findElement(By.id("sign-out"));
        assertThat(signOut.getText()).isEqualTo("退出登录");
        signOut.click();
        Browser.await(browser, PAGE).until(ExpectedConditions.stalenessOf(signOut));
        assertThat(browser.getCurrentUrl()).as("no confirmation page").isEqualTo(dashboard() + "/login?logout");
        assertThat(browser.findElement(By.id("signed-out")).getText()).isEqualTo("您已退出登录。");

        browser.get(dashboard() + "/");
        Browser.await(browser, PAGE).until(ExpectedConditions.urlToBe(dashboard() + "/login"));
        assertThat(get("/", "JSESSIONID=" + session, BROWSER_ACCEPT).statusCode())
                .as("the old session is gone").isEqualTo(302);
    }

    /** GET /logout (a bookmark, the old link) signs out too, at once, without Spring's confirmation page. */
    @Test
    void getLogoutSignsOutWithoutAConfirmationPage() {
        Browser.logIn(browser, dashboard(), "viewer", Api.password("viewer"));
        assertThat(browser.getCurrentUrl()).isEqualTo(dashboard() + "/");

        browser.get(dashboard() + "/logout");
        Browser.await(browser, PAGE).until(ExpectedConditions.urlToBe(dashboard() + "/login?logout"));
        assertThat(browser.getPageSource()).doesNotContain("Are you sure");
        browser.get(dashboard() + "/");
        Browser.await(browser, PAGE).until(ExpectedConditions.urlToBe(dashboard() + "/login"));
    }

    @Test
    void anUnknownPageIsTheProductsNotFoundPageOnBothServices() throws Exception {
        Browser.logIn(browser, dashboard(), "viewer", Api.password("viewer"));
        browser.get(dashboard() + "/no-such-page");
        WebElement title = browser.findElement(By.id("status"));
        assertThat(title.getDomAttribute("data-status")).isEqualTo("404");
        assertThat(title.getText()).isEqualTo("页面不存在");
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel");
        screenshot("not-found.png");
        browser.findElement(By.id("home")).click();
        Browser.await(browser, PAGE).until(ExpectedConditions.urlToBe(dashboard() + "/"));

        String commands = Services.api(commandService, "viewer").baseUrl();
        browser.get(commands + "/no-such-page");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("页面不存在");
        assertThat(browser.findElement(By.id("home")).isDisplayed()).as("command-service has no dashboard").isFalse();
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel");
    }

    @Test
    void theSignInPagesStyleIsOpenToAllAndTheDashboardsLibrariesAreNot() throws Exception {
        HttpResponse<String> style = get("/pages.css", null, "text/css,*/*;q=0.1");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        HttpResponse<String> library = get("/webjars/echarts/5.3.1/dist/echarts.min.js", null, "*/*");
        assertThat(library.statusCode()).isEqualTo(302);
        assertThat(library.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    static HttpResponse<String> get(String path, String cookie, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(dashboard() + path)).header("Accept", accept);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(file)).as(name).isGreaterThan(5_000);
    }
}
