package org.allianceledger.system;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (Debian's chromium, headless) against both services: it signs in as a viewer,
 * shows an alliance, follows a vote live, draws the chains, and redraws for a past date.
 */
class DashboardTest {

    static final String ALLIANCE = "dashboard-test";
    static final String YIHAI = "91370812G890PMMGXK", BAIXIANG = "9137081237GMLL666A", JINMAILANG = "91370812C11PDWNU6G";
    static final String HAIYU = "91370812KG6NNKB65Q";
    static final Map<String, String> NAMES = Map.of(YIHAI, "益海嘉里", BAIXIANG, "白象食品", JINMAILANG, "今麦郎",
                                                    HAIYU, "山东海钰生物有限公司");
    static final Duration LIVE = Duration.ofSeconds(5);

    static ConfigurableApplicationContext commandService;
    static ConfigurableApplicationContext queryService;
    static Api operator;
    ChromeDriver browser;

    @BeforeAll
    static void start() {
        String database = TestDatabase.url("dashboard");
        commandService = Services.command(database);
        queryService = Services.query(database);
        operator = Services.api(commandService, "operator");
        created(operator.post("/api/alliances", Map.of(
                "allianceId", ALLIANCE, "name", "兖州区食品药品产业链党建联盟", "industryChain", "食品药品",
                "region", "兖州区", "foundedOn", "2023-01-10", "leadingBodies", List.of("兖州区市场监管局"),
                "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", 0.5, "chairTermMonths", 2,
                                  "voteWindowDays", 30),
                "foundingMembers", List.of(member(YIHAI), member(BAIXIANG), member(JINMAILANG)),
                "initialChair", YIHAI)));
        created(operator.post("/api/alliances/" + ALLIANCE + "/deals", Map.of("dealId", "d1", "from", YIHAI,
                "to", BAIXIANG, "kind", "SUPPLY", "subject", "面粉", "signedOn", "2023-01-20")));
        created(operator.post("/api/alliances/" + ALLIANCE + "/deals", Map.of("dealId", "d2", "from", BAIXIANG,
                "to", JINMAILANG, "kind", "TECHNICAL_SERVICE", "subject", "检测服务", "signedOn", "2023-01-25")));
        created(operator.post("/api/alliances/" + ALLIANCE + "/applications", Map.of("applicationId", "haiyu",
                "enterprise", member(HAIYU), "filedOn", "2023-02-01", "statement", "申请加入联盟")));
    }

    static Map<String, String> member(String id) {
        return Map.of("id", id, "name", NAMES.get(id), "industry", "食品");
    }

    static void created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
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

    String dashboard() {
        return Services.api(queryService, "viewer").baseUrl();
    }

    void openAsViewer() {
        Browser.logIn(browser, dashboard(), "viewer", Api.password("viewer"));
        browser.get(dashboard() + "/?alliance=" + ALLIANCE);
        Browser.await(browser, LIVE).until(ExpectedConditions.textToBe(By.id("live"), "实时"));
        Browser.await(browser, LIVE).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-application=haiyu] .tally")));
    }

    /** The FOR votes the page shows, read by a script: the page may redraw between two WebDriver calls. */
    Object forVotes() {
        return ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('[data-application=haiyu] .tally')?.dataset.for");
    }

    /** The data-id of every element the selector finds, read in one go (the page may redraw meanwhile). */
    @SuppressWarnings("unchecked")
    Set<String> shown(String selector) {
        return Set.copyOf((List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll(arguments[0])].map(e => e.dataset.id)", selector));
    }

    /** The rendered text of every element the selector finds, read in one go (the page may redraw meanwhile). */
    @SuppressWarnings("unchecked")
    List<String> texts(String selector) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll(arguments[0])].map(e => (e.innerText ?? e.textContent).trim())", selector);
    }

    @Test
    void aViewerSeesTheAllianceAndAVoteArrivesLiveWithoutReloading() throws Exception {
        openAsViewer();
        assertThat(texts("#summary h2")).containsExactly("兖州区食品药品产业链党建联盟");
        assertThat(texts("#chair .chair-name")).singleElement().asString().startsWith("益海嘉里");
        assertThat(shown("#members tbody tr")).containsExactlyInAnyOrder(YIHAI, BAIXIANG, JINMAILANG);
        assertThat(shown("#deals tbody tr")).containsExactlyInAnyOrder("d1", "d2");
        assertThat(forVotes()).isEqualTo("0");

        // the chains: every linked member once, upstream to downstream in columns, named in Chinese
        assertThat(shown("#chains g.node")).containsExactlyInAnyOrder(YIHAI, BAIXIANG, JINMAILANG);
        assertThat(nodeX(YIHAI)).isLessThan(nodeX(BAIXIANG));
        assertThat(nodeX(BAIXIANG)).isLessThan(nodeX(JINMAILANG));
        assertThat(texts("#chains g.node[data-id='" + BAIXIANG + "'] text.name")).containsExactly("白象食品");
        assertThat(texts("#chains g.edge text.kind")).containsExactlyInAnyOrder("供应", "技术服务");
        assertThat(texts("#chains .legend span")).containsExactly("供应", "技术服务");

        // a vote through the API appears on the open page, which is not reloaded for it
        ((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true");
        assertThat(operator.post("/api/alliances/" + ALLIANCE + "/applications/haiyu/votes",
                Map.of("voter", BAIXIANG, "decision", "FOR", "castOn", "2023-02-03")).status()).isEqualTo(200);
        Browser.await(browser, LIVE).until(driver -> "1".equals(forVotes()));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage")).isEqualTo(true);

        Path screenshot = Path.of("target", "dashboard.png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void anAsOfDateRedrawsMembersChairAndChainsForThatDay() {
        openAsViewer();
        assertThat(shown("#chains g.node")).hasSize(3);
        setAsOf("2023-01-22"); // the second deal was signed on the 25th
        Browser.await(browser, LIVE).until(driver -> shown("#chains g.node").size() == 2);
        assertThat(shown("#chains g.node")).containsExactlyInAnyOrder(YIHAI, BAIXIANG);
        assertThat(texts("#member-count")).containsExactly("3 家 · 截至 2023年1月22日");
        assertThat(browser.getCurrentUrl()).contains("asOf=2023-01-22");

        setAsOf("2023-01-05"); // before the founding: nobody
        Browser.await(browser, LIVE).until(driver -> shown("#members tbody tr").isEmpty());
        assertThat(texts("#chair .empty")).containsExactly("该日无轮值主席。");

        browser.findElement(By.id("today")).click();
        Browser.await(browser, LIVE).until(driver -> shown("#members tbody tr").size() == 3);
    }

    @Test
    void anOperatorMayNotOpenTheDashboard() {
        Browser.logIn(browser, dashboard(), "operator", Api.password("operator"));
        assertThat(browser.getPageSource()).contains("403");
        assertThat(browser.findElements(By.id("summary"))).isEmpty();
    }

    @Test
    void theLiveStreamSaysWhereTheReadModelsStandAndThenEachChange() throws Exception {
        Api viewer = Services.api(queryService, "viewer");
        String alliance = "dashboard-stream";
        created(operator.post("/api/alliances", Map.of(
                "allianceId", alliance, "name", "济北经济开发区食品饮料联盟", "industryChain", "食品饮料",
                "region", "济北经济开发区", // founded today: no chair term runs out while the test reads
                "charter", Map.of("votingRule", "UNANIMOUS", "quorum", 0.5, "chairTermMonths", 2, "voteWindowDays", 7),
                "foundingMembers", List.of(member(YIHAI), member(BAIXIANG)), "initialChair", BAIXIANG)));
        HttpResponse<InputStream> stream = viewer.stream("/api/alliances/" + alliance + "/live?minVersion=1");
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            long first = nextApplied(events);
            assertThat(first).isEqualTo(viewer.get("/api/alliances/" + alliance).json().get("version").asLong());
            long version = operator.post("/api/alliances/" + alliance + "/deals", Map.of("dealId", "d3",
                    "from", BAIXIANG, "to", YIHAI, "kind", "OTHER", "subject", "包装回收")).json().get("version").asLong();
            long applied;
            do {
                applied = nextApplied(events);
            } while (applied < version);
            assertThat(applied).isEqualTo(version);
        }
        assertThat(viewer.get("/api/alliances/unknown/live").status()).isEqualTo(404);
    }

    private long nextApplied(BufferedReader events) throws Exception {
        String line;
        boolean applied = false;
        while ((line = events.readLine()) != null) {
            if (line.equals("event:applied")) {
                applied = true;
            } else if (applied && line.startsWith("data:")) {
                return Api.JSON.readTree(line.substring(5)).get("version").asLong();
            }
        }
        throw new AssertionError("The stream ended");
    }

    private double nodeX(String id) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector(arguments[0]).getBoundingClientRect().x",
                "#chains g.node[data-id='" + id + "']")).doubleValue();
    }

    private void setAsOf(String date) {
        ((JavascriptExecutor) browser).executeScript(
                "const input = document.getElementById('as-of'); input.value = arguments[0];"
                + " input.dispatchEvent(new Event('change'));", date);
    }
}
