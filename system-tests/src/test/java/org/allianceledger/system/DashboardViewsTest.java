package org.allianceledger.system;

import org.allianceledger.launcher.DemoCase;
import org.allianceledger.platform.domain.UnifiedSocialCreditCode;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's views in a real browser over both demo cases as {@code ./run} loads them (service data
 * included): Chinese by default and English after the switch, the Jibei zone, Yanzhou's new panels with the
 * demo's figures and ECharts charts, empty states, a grid without holes from 1280 to 1920 px, and the keyboard.
 * Screenshots of every page and width go to target/screenshots/.
 */
class DashboardViewsTest {

    static final String YANZHOU = "yanzhou-food-drug", ZONE = "jibei-edz", EMPTY = "views-empty",
                        CONFIDENTIAL = "views-confidential", LIVE = "views-live";
    static final Duration LOAD = Duration.ofSeconds(20);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Scenario YANZHOU_CASE = Scenario.yanzhou();

    static ConfigurableApplicationContext commandService;
    static ConfigurableApplicationContext queryService;
    ChromeDriver browser;

    @BeforeAll
    static void loadBothDemoCases() throws InterruptedException {
        String database = TestDatabase.url("dashboard_views");
        commandService = Services.command(database);
        queryService = Services.query(database);
        Api operator = Services.api(commandService, "operator");
        YANZHOU_CASE.apply(operator, DemoCase.ALL_STEPS);
        Scenario.jibei().apply(operator, DemoCase.ALL_STEPS);
        // alliances with nothing but their two founders, none of which reported a figure
        found(operator, EMPTY, "空白联盟", "91370812MQ0000001", "91370812MQ0000002");
        found(operator, CONFIDENTIAL, "保密数据联盟", "91370812MQ0000003", "91370812MQ0000004");
        found(operator, LIVE, "实时联盟", "91370812MQ0000005", "91370812MQ0000006");
        // what has no alliance version (figures, problems, the zone, the meeting's deadline) is a moment away
        eventually("/api/alliances/" + YANZHOU + "/indicators?year=2022&asOf=2023-01-31",
                   sheet -> sheet.at("/likeForLike/members").asInt() == 11);
        eventually("/api/alliances/" + YANZHOU + "/problems?status=RESOLVED", page -> page.get("count").asInt() == 1);
        eventually("/api/alliances/" + YANZHOU, alliance -> alliance.get("meetingOverdue").asBoolean());
        eventually("/api/zones/" + ZONE, zone -> zone.get("instructorCount").asInt() == 10);
        eventually("/api/alliances/" + EMPTY, alliance -> alliance.get("memberCount").asInt() == 2);
    }

    static void found(Api operator, String alliance, String name, String first17, String second17) {
        String first = UnifiedSocialCreditCode.withCheckCharacter(first17);
        String second = UnifiedSocialCreditCode.withCheckCharacter(second17);
        assertThat(operator.post("/api/alliances", Map.of(
                "allianceId", alliance, "name", name, "industryChain", "食品", "region", "兖州区",
                "foundedOn", "2024-03-01", "leadingBodies", List.of("兖州区市场监管局"),
                "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", 0.5, "chairTermMonths", 12,
                                  "voteWindowDays", 30),
                "foundingMembers", List.of(Map.of("id", first, "name", "甲企业", "industry", "食品"),
                                           Map.of("id", second, "name", "乙企业", "industry", "食品")),
                "initialChair", first)).status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        queryService.close();
        commandService.close();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        Browser.logIn(browser, dashboard(), "viewer", Api.password("viewer"));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    static String dashboard() {
        return Services.api(queryService, "viewer").baseUrl();
    }

    static JsonNode eventually(String path, Predicate<JsonNode> holds) throws InterruptedException {
        Api viewer = Services.api(queryService, "viewer");
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            Api.Response answer = viewer.get(path);
            if (answer.status() == 200 && holds.test(answer.json()) || System.nanoTime() > deadline) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                assertThat(holds.test(answer.json())).as(path + ": " + answer).isTrue();
                return answer.json();
            }
            Thread.sleep(100);
        }
    }

    /** Opens the page and waits until every panel of that alliance or zone is drawn. */
    void open(String query, String loaded) {
        browser.get(dashboard() + "/" + query);
        Browser.await(browser, LOAD).until(driver -> loaded.equals(script("return document.body.dataset.loaded")));
    }

    Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    String text(String selector) {
        return (String) script("const e = document.querySelector(arguments[0]);"
                               + " return e ? (e.innerText ?? e.textContent).trim() : null", selector);
    }

    @SuppressWarnings("unchecked")
    List<String> texts(String selector) {
        return (List<String>) script("return [...document.querySelectorAll(arguments[0])]"
                                     + ".map(e => (e.innerText ?? e.textContent).trim())", selector);
    }

    /** The whole page at this width, saved under target/screenshots. */
    void screenshot(String name, int width) throws Exception {
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 800), 8000)));
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(file)).as(name).isGreaterThan(10_000);
    }

    @Test
    void chineseByDefaultEnglishAfterTheSwitchAndKeptAfterAReload() throws Exception {
        open("?alliance=" + YANZHOU, "alliance:" + YANZHOU);
        assertThat(script("return document.documentElement.lang")).isEqualTo("zh-CN");
        assertThat(text("header h1")).isEqualTo("联盟台账");
        assertThat(text("#members-title")).startsWith("成员");
        assertThat(text("#deals-title")).startsWith("近期交易");
        assertThat(text("#logout button")).isEqualTo("退出登录");
        assertThat(text("#figures [data-stat=revenue] .stat-value")).isEqualTo("89.13 亿元");
        assertThat(text("#figures [data-stat=growth] .stat-value")).isEqualTo("+12.20%");
        assertThat(text("#last-meeting .meeting-day")).isEqualTo("2023年1月11日");
        assertThat(texts("#deals tbody td:nth-child(3)")).isNotEmpty().allMatch(kind -> kind.matches("\\p{IsHan}+"));
        screenshot("dashboard-zh.png", 1600);

        browser.findElement(By.cssSelector("button.lang[data-lang=en]")).click();
        Browser.await(browser, LOAD).until(driver -> "en".equals(script("return document.documentElement.lang"))
                                                     && ("alliance:" + YANZHOU).equals(script("return document.body.dataset.loaded")));
        assertThat(text("header h1")).isEqualTo("Alliance Ledger");
        assertThat(text("#figures [data-stat=revenue] .stat-value")).isEqualTo("8.913 billion CNY");
        assertThat(text("#figures [data-stat=growth] .stat-value")).isEqualTo("+12.20%");
        assertThat(text("#last-meeting .meeting-day")).isEqualTo("11 Jan 2023");
        assertThat(text("#logout button")).isEqualTo("Sign out");
        assertThat((String) script("return document.cookie")).contains("lang=en");

        browser.navigate().refresh();
        Browser.await(browser, LOAD).until(driver -> ("alliance:" + YANZHOU).equals(script("return document.body.dataset.loaded")));
        assertThat(script("return document.documentElement.lang")).isEqualTo("en");
        assertThat(text("#meetings-title")).isEqualTo("Joint meetings");
        screenshot("dashboard-en.png", 1600);

        browser.findElement(By.cssSelector("button.lang[data-lang=zh-CN]")).click();
        Browser.await(browser, LOAD).until(driver -> "zh-CN".equals(script("return document.documentElement.lang")));
    }

    @Test
    void theJibeiZoneShowsItsAlliancesEnterprisesDepartmentsAndInstructors() throws Exception {
        open("?zone=" + ZONE, "zone:" + ZONE);
        assertThat(text("#zone-title")).isEqualTo("济北经济开发区");
        assertThat(text("[data-stat=alliances] .stat-value")).isEqualTo("5");
        assertThat(text("[data-stat=enterprises] .stat-value")).isEqualTo("23");
        assertThat(text("[data-stat=departments] .stat-value")).isEqualTo("5");
        assertThat(text("[data-stat=instructors] .stat-value")).isEqualTo("10");
        assertThat(texts("#zone-alliances tbody tr")).hasSize(5);
        assertThat(texts("#zone-instructors tbody tr")).hasSize(10);
        assertThat(texts("#zone-enterprises li")).hasSize(23);
        assertThat(text("#zone-problems [data-stat=raised] .stat-value")).isNotNull();
        assertThat(text("#live")).isEqualTo("每 15 秒刷新");
        assertThat(browser.findElement(By.id("zone")).getDomProperty("value")).isEqualTo(ZONE);
        screenshot("zone.png", 1600);
    }

    @Test
    void yanzhousPanelsShowTheDemosFigures() throws Exception {
        open("?alliance=" + YANZHOU, "alliance:" + YANZHOU);
        assertThat(text("#partners [data-part=departments] .count")).isEqualTo("6");
        assertThat(text("#partners [data-part=instructors] .count")).isEqualTo("2");
        assertThat(text("#partners [data-part=uncovered] .count")).isEqualTo("7");
        assertThat(texts("#partners [data-part=uncovered] li")).hasSize(7);
        assertThat(text("#partners [data-part=instructors]")).contains("张迁", "兖州区市场监督管理局");

        assertThat(script("return document.querySelector('#last-meeting .meeting-day').dataset.day")).isEqualTo("2023-01-11");
        assertThat(text("#last-meeting .meeting-title")).isEqualTo("新一届联盟联席会");
        assertThat(text("#meeting-overdue")).isEqualTo("逾期");

        // the rotation plan as the API answers it: previous, current and next by name
        JsonNode chair = Services.api(queryService, "viewer").get("/api/alliances/" + YANZHOU + "/chair").json();
        assertThat(text("#rotation [data-step=current]")).contains(chair.get("name").asString());
        if (chair.hasNonNull("previous")) {
            assertThat(text("#rotation [data-step=previous]")).contains(chair.get("previous").get("name").asString());
        }
        if (chair.hasNonNull("next")) {
            assertThat(text("#rotation [data-step=next]")).contains(chair.get("next").get("name").asString());
        }

        // the problem ledger: one problem raised, resolved in 21 days by the market bureau, none open
        assertThat(text("#problems [data-stat=raised] .stat-value")).isEqualTo("1");
        assertThat(text("#problems [data-stat=resolved] .stat-value")).isEqualTo("1");
        assertThat(text("#problems [data-stat=open] .stat-value")).isEqualTo("0");
        assertThat(text("#problems [data-stat=overdue] .stat-value")).isEqualTo("0");
        assertThat(text("#problems [data-stat=median] .stat-value")).isEqualTo("21");
        String market = YANZHOU_CASE.departmentId("market");
        assertThat(texts("#problems tr[data-id='" + market + "'] td")).containsExactly("1", "1", "0");
        assertThat(text("#problems")).contains("没有未办结的问题。");

        // the figures: 2022's total and growth, eleven members, the charts drawn by ECharts with their series
        assertThat(text("#figures-year")).isEqualTo("2022 年");
        assertThat(texts("#figures tbody tr")).hasSize(11);
        String baixiang = YANZHOU_CASE.id("baixiang");
        assertThat(texts("#figures tr[data-id='" + baixiang + "'] td")).last().isEqualTo("+67.07%");
        assertThat(script("return document.querySelectorAll('#figures-revenue svg path').length > 11")).isEqualTo(true);
        assertThat(script("return document.querySelectorAll('#figures-growth svg path').length > 1")).isEqualTo(true);
        assertThat(((Number) script("return echarts.getInstanceByDom(document.getElementById('figures-revenue'))"
                                    + ".getOption().series.length")).intValue()).isEqualTo(12);
        assertThat(script("const s = echarts.getInstanceByDom(document.getElementById('figures-revenue')).getOption()"
                          + ".series; return s[s.length - 1].data[s[s.length - 1].data.length - 1]")).asString()
                .isEqualTo("89.13");
        assertThat(((Number) script("return echarts.getInstanceByDom(document.getElementById('figures-growth'))"
                                    + ".getOption().series[0].data[0].value")).doubleValue()).isEqualTo(12.2);
        screenshot("yanzhou.png", 1600);
    }

    @Test
    void confidentialFiguresAreShownAsConfidentialNeverComputed() throws Exception {
        Api operator = Services.api(commandService, "operator");
        String member = UnifiedSocialCreditCode.withCheckCharacter("91370812MQ0000003");
        String report = Api.JSON.writeValueAsString(Map.of("revenueCny", 123_456_789, "reportedOn", "2025-06-30",
                                                           "disclosure", "CONFIDENTIAL"));
        assertThat(operator.send(operator.request("/api/enterprises/" + member + "/indicators/2025")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(report))).status()).isEqualTo(200);
        eventually("/api/alliances/" + CONFIDENTIAL + "/indicators?year=2025", sheet -> sheet.at("/total/reporting").asInt() == 1);
        open("?alliance=" + CONFIDENTIAL, "alliance:" + CONFIDENTIAL);
        assertThat(text("#figures [data-stat=revenue] .stat-value")).isEqualTo("保密");
        assertThat(text("#figures tr[data-id='" + member + "'] td")).isEqualTo("保密");
        assertThat(text("#figures")).doesNotContain("1.23", "12345", "123,456");
    }

    /** A partner department and an instructor sent through the API appear on the open page, which is not reloaded. */
    @Test
    void theNewPanelsFollowTheAllianceLive() {
        open("?alliance=" + LIVE, "alliance:" + LIVE);
        Browser.await(browser, LOAD).until(driver -> "实时".equals(text("#live")));
        assertThat(text("#partners [data-part=uncovered] .count")).isEqualTo("2");
        script("window.stillTheSamePage = true");
        Api operator = Services.api(commandService, "operator");
        String department = UnifiedSocialCreditCode.withCheckCharacter("11370812MB0000001");
        assertThat(operator.post("/api/alliances/" + LIVE + "/departments", Map.of(
                "department", Map.of("id", department, "name", "兖州区商务局"), "joinedOn", "2024-03-02")).status())
                .isEqualTo(201);
        assertThat(operator.post("/api/alliances/" + LIVE + "/instructors", Map.of(
                "name", "实时指导员", "department", department, "appointedOn", "2024-03-03",
                "enterprises", List.of(UnifiedSocialCreditCode.withCheckCharacter("91370812MQ0000005")))).status())
                .isEqualTo(201);
        Browser.await(browser, Duration.ofSeconds(5)).until(driver ->
                "1".equals(text("#partners [data-part=instructors] .count"))
                && "1".equals(text("#partners [data-part=uncovered] .count")));
        assertThat(text("#partners [data-part=departments]")).contains("兖州区商务局");
        assertThat(text("#partners [data-part=instructors]")).contains("实时指导员");
        assertThat(script("return window.stillTheSamePage")).isEqualTo(true);
    }

    @Test
    void everyPanelSaysSoWhenItIsEmpty() throws Exception {
        open("?alliance=" + EMPTY, "alliance:" + EMPTY);
        assertThat(browser.findElement(By.id("deals")).isDisplayed()).isFalse();
        assertThat(text("#deals-empty")).isEqualTo("暂无交易");
        assertThat(text("#applications .empty")).isEqualTo("当前没有进行中的表决。");
        assertThat(text("#chains .empty")).isEqualTo("成员之间尚无交易。");
        assertThat(text("#meetings")).contains("尚未召开联席会议。", "尚未安排下次会议。");
        assertThat(texts("#partners .empty")).contains("尚无共建部门。", "尚无指导员。");
        assertThat(text("#problems .empty")).isEqualTo("尚无问题。");
        assertThat(text("#rotation .empty")).isEqualTo("尚无轮值计划。");
        assertThat(text("#figures .empty")).isEqualTo("尚无填报的经营数据。");
        assertThat(text("#members-title")).isEqualTo("成员 2 家");
        // every card of the view has something to read besides its heading
        assertThat(script("return [...document.querySelectorAll('#alliance-view .card')].filter(card =>"
                          + " card.innerText.replace(card.querySelector('h2')?.innerText ?? '', '').trim() === '').length"))
                .isEqualTo(0L);
        screenshot("empty.png", 1280);
    }

    @Test
    void theGridLeavesNoHolesFrom1280To1920Px() throws Exception {
        for (int width : new int[] {1280, 1600, 1920}) {
            browser.manage().window().setSize(new Dimension(width, 1400));
            open("?alliance=" + YANZHOU, "alliance:" + YANZHOU);
            assertTiled("#alliance-view", width);
            assertThat(script("return [...document.querySelectorAll('#members td.date')]"
                              + ".every(cell => { const range = document.createRange(); range.selectNodeContents(cell);"
                              + " return range.getClientRects().length === 1; })"))
                    .as("join dates on one line at %d px", width).isEqualTo(true);
            screenshot("dashboard-" + width + ".png", width);
            browser.manage().window().setSize(new Dimension(width, 1400));
            open("?zone=" + ZONE, "zone:" + ZONE);
            assertTiled("#zone-view", width);
            screenshot("zone-" + width + ".png", width);
        }
    }

    /** The cards' boxes tile each row of the grid: no overlap, no row ending short of the grid's right edge. */
    @SuppressWarnings("unchecked")
    void assertTiled(String grid, int width) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) script("""
                const grid = document.querySelector(arguments[0]), style = getComputedStyle(grid);
                const box = grid.getBoundingClientRect();
                const left = box.left + parseFloat(style.paddingLeft), right = box.right - parseFloat(style.paddingRight);
                const gap = parseFloat(style.columnGap);
                const rows = new Map();
                for (const card of grid.querySelectorAll(':scope > .card')) {
                  const r = card.getBoundingClientRect();
                  const key = Math.round(r.top);
                  if (!rows.has(key)) rows.set(key, []);
                  rows.get(key).push({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
                }
                return [...rows.values()].map(cards => {
                  cards.sort((a, b) => a.left - b.left);
                  let overlap = false, holes = 0;
                  for (let i = 1; i < cards.length; i++) {
                    if (cards[i].left < cards[i - 1].right - 0.5) overlap = true;
                    holes = Math.max(holes, cards[i].left - cards[i - 1].right - gap);
                  }
                  return { cards: cards.length, start: cards[0].left - left, end: right - cards[cards.length - 1].right,
                           holes, overlap, narrowest: Math.min(...cards.map(c => c.right - c.left)) };
                });""", grid);
        assertThat(rows).as("rows of %s at %d px", grid, width).hasSizeGreaterThan(2);
        for (Map<String, Object> row : rows) {
            assertThat(row.get("overlap")).as("%s at %d px: %s", grid, width, row).isEqualTo(false);
            assertThat(((Number) row.get("start")).doubleValue()).as("%s at %d px: %s", grid, width, row).isLessThan(1.5);
            assertThat(((Number) row.get("end")).doubleValue()).as("%s at %d px: %s", grid, width, row).isLessThan(1.5);
            assertThat(((Number) row.get("holes")).doubleValue()).as("%s at %d px: %s", grid, width, row).isLessThan(1.5);
        }
        // and no card overlaps the next row
        assertThat(script("""
                const cards = [...document.querySelectorAll(arguments[0] + ' > .card')].map(c => c.getBoundingClientRect());
                return cards.some((a, i) => cards.some((b, j) => i !== j && a.left < b.right - 0.5 && b.left < a.right - 0.5
                                                               && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5));""",
                       grid)).isEqualTo(false);
    }

    @Test
    void everyControlIsReachableByTabWithAVisibleFocusAndTheTextsContrast() {
        open("?alliance=" + YANZHOU, "alliance:" + YANZHOU);
        // a control is named by its tag, id and text: a redraw between two presses replaces the element, not that
        String describe = "const describe = e => e.tagName + '#' + e.id + ':' + (e.getAttribute('href') ?? '')"
                          + " + ':' + e.textContent.trim().slice(0, 40);";
        @SuppressWarnings("unchecked")
        List<String> controls = (List<String>) script(describe + """
                return [...new Set([...document.querySelectorAll('a[href], button, select, input, summary, [tabindex]:not([tabindex="-1"])')]
                  .filter(e => e.getClientRects().length > 0 && !e.closest('[hidden]')).map(describe))];""");
        assertThat(controls).hasSizeGreaterThan(8);
        Set<String> reached = new HashSet<>();
        List<String> unfocused = new ArrayList<>();
        script("document.activeElement?.blur(); window.scrollTo(0, 0)");
        for (int i = 0; i < controls.size() + 40 && reached.size() < controls.size(); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            @SuppressWarnings("unchecked")
            Map<String, Object> focus = (Map<String, Object>) script(describe + """
                    const e = document.activeElement, s = getComputedStyle(e);
                    return { name: e === document.body ? null : describe(e),
                             outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
                             style: s.outlineStyle + ' ' + s.outlineWidth + ' ' + e.matches(':focus') };""");
            if (focus.get("name") != null) {
                reached.add((String) focus.get("name"));
                if (!Boolean.TRUE.equals(focus.get("outline"))) unfocused.add(focus.get("name") + " " + focus.get("style"));
            }
        }
        assertThat(reached).as("controls reached by Tab").containsAll(controls);
        assertThat(unfocused).as("focused without a visible outline").isEmpty();
        assertThat(script("return document.querySelectorAll('header, main, nav').length")).isEqualTo(3L);
        assertThat(script("return document.getElementById('live').getAttribute('aria-live')")).isEqualTo("polite");
        assertThat(script("return [...document.querySelectorAll('#alliance-view table')].every(t => t.caption"
                          + " && [...t.tHead.rows[0].cells].every(c => c.scope === 'col'))")).isEqualTo(true);

        // WCAG AA: every text of the page outside the charts at 4.5:1 or more against the background behind it
        @SuppressWarnings("unchecked")
        List<String> low = (List<String>) script("""
                const rgb = c => c.match(/[\\d.]+/g).map(Number);
                const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
                const background = e => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
                  if (c.length < 4 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; };
                const out = [];
                for (const e of document.querySelectorAll('body *')) {
                  if (e.closest('svg, .chart, [hidden], .visually-hidden, .skip') || e.getClientRects().length === 0) continue;
                  if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
                  const fg = lum(rgb(getComputedStyle(e).color)), bg = lum(background(e));
                  const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
                  if (ratio < 4.5) out.push(e.tagName + '.' + e.className + ' "' + e.textContent.trim().slice(0, 20) + '" ' + ratio.toFixed(2));
                }
                return out;""");
        assertThat(low).as("texts below 4.5:1").isEmpty();
        assertThat(browser.findElement(By.id("logout")).getDomAttribute("method")).isEqualTo("post");
        assertThat(browser.findElement(By.id("logout")).getDomAttribute("action")).isEqualTo("/logout");
    }

    @Test
    void thePageOpensOnTheAllianceWithTheMostMembersElseTheOneLastChosen() {
        open("", "alliance:" + YANZHOU);
        assertThat(browser.getCurrentUrl()).contains("alliance=" + YANZHOU);
        script("const s = document.getElementById('alliance'); s.value = arguments[0];"
               + " s.dispatchEvent(new Event('change'))", EMPTY);
        Browser.await(browser, LOAD).until(driver -> ("alliance:" + EMPTY).equals(script("return document.body.dataset.loaded")));
        open("", "alliance:" + EMPTY);
        script("localStorage.clear()");
    }
}
