package org.allianceledger.system;

import org.allianceledger.platform.domain.UnifiedSocialCreditCode;
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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain picture as chromium draws it, read back from the SVG in page coordinates: for the Yanzhou demo and for
 * an alliance with a skip-tier deal, a 2-cycle and a 3-cycle, every drawn edge is an API edge and the reverse, no
 * route passes through a box other than its two ends, no two labels meet, and tiers run left to right.
 */
class ChainPictureTest {

    static final String YANZHOU = "yanzhou-food-drug", GENERATED = "skip-and-cycles";
    static final Duration LIVE = Duration.ofSeconds(10);
    /** Rendering rounds to device pixels: a route may run along a border it touches. */
    static final double EPS = 1.0;

    static ConfigurableApplicationContext commandService;
    static ConfigurableApplicationContext queryService;
    ChromeDriver browser;

    @BeforeAll
    static void start() {
        String database = TestDatabase.url("chain_picture");
        commandService = Services.command(database);
        queryService = Services.query(database);
        Api operator = Services.api(commandService, "operator");
        Scenario.yanzhou().apply(operator, Set.of("found", "apply", "vote", "handover", "deal"));
        generated(operator);
        awaitApplied(database, YANZHOU, GENERATED);
    }

    /** The pages open on all that was recorded: drawn before query-service applied it all, a picture is partial. */
    static void awaitApplied(String database, String... alliances) {
        JdbcTemplate store = new JdbcTemplate(new DriverManagerDataSource(database, TestDatabase.USER, ""));
        Api viewer = Services.api(queryService, "viewer");
        for (String alliance : alliances) {
            long version = store.queryForObject(
                    "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, alliance);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (viewer.get("/api/alliances/" + alliance + "?minVersion=" + version).header("Read-Model-Stale") != null) {
                assertThat(System.nanoTime()).as("%s applied up to version %d", alliance, version).isLessThan(deadline);
            }
        }
    }

    static String code(int n) {
        return UnifiedSocialCreditCode.withCheckCharacter("91370812" + String.format("%09d", 880_000 + n));
    }

    /** A -> B -> C with A -> C past B, B -> A; C -> G; D -> E -> F -> D with F -> G. */
    static void generated(Api operator) {
        String[] names = {"甲方食品有限公司", "乙方面业", "丙方物流股份有限公司", "丁方生物", "戊方包装材料有限公司",
                          "己方 Trading Co.", "庚方连锁超市"};
        List<Map<String, String>> founders = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            founders.add(Map.of("id", code(i), "name", names[i], "industry", "食品"));
        }
        created(operator.post("/api/alliances", Map.of(
                "allianceId", GENERATED, "name", "跳级与环测试联盟", "industryChain", "食品", "region", "兖州区",
                "foundedOn", "2023-01-10",
                "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", 0.5, "chairTermMonths", 2, "voteWindowDays", 30),
                "foundingMembers", founders, "initialChair", code(0))));
        int[][] deals = {{0, 1}, {1, 2}, {0, 2}, {1, 0}, {2, 6}, {3, 4}, {4, 5}, {5, 3}, {5, 6}, {0, 2}};
        String[] kinds = {"SUPPLY", "DISTRIBUTION", "LONG_TERM_AGREEMENT", "TECHNICAL_SERVICE", "LABOR_SHARING"};
        for (int d = 0; d < deals.length; d++) {
            created(operator.post("/api/alliances/" + GENERATED + "/deals", Map.of(
                    "dealId", "g" + d, "from", code(deals[d][0]), "to", code(deals[d][1]), "kind", kinds[d % kinds.length],
                    "subject", "合作 " + d, "signedOn", "2023-01-20")));
        }
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

    @Test
    void theYanzhouPictureDrawsOnlyDealsThatExist() throws Exception {
        checkPicture(YANZHOU, "chains-yanzhou.png");
    }

    @Test
    void skipTierDealsAndCyclesAreDrawnWithoutCrossingBoxes() throws Exception {
        checkPicture(GENERATED, "chains-skip-tier-and-cycles.png");
    }

    @Test
    void labelsAreChineseByDefault() {
        open(GENERATED);
        assertThat(strings("return [...document.querySelectorAll('#chains g.edge text.kind')].map(t => t.textContent)"))
                .contains("供应", "分销", "劳务共享 · 长期协议 ×2");
        assertThat(strings("return [...document.querySelectorAll('#chains .legend span')].map(t => t.textContent)"))
                .contains("供应", "分销");
    }

    void open(String alliance) {
        Api viewer = Services.api(queryService, "viewer");
        Browser.logIn(browser, viewer.baseUrl(), "viewer", Api.password("viewer"));
        browser.get(viewer.baseUrl() + "/?alliance=" + alliance);
        Browser.await(browser, LIVE).until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('#chains g.edge').length")).intValue() > 0);
    }

    @SuppressWarnings("unchecked")
    List<String> strings(String script) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(script);
    }

    record Rect(double left, double top, double right, double bottom) {
        boolean contains(double x, double y, double margin) {
            return x > left + margin && x < right - margin && y > top + margin && y < bottom - margin;
        }

        boolean overlaps(Rect o) {
            return left + 0.5 < o.right && o.left + 0.5 < right && top + 0.5 < o.bottom && o.top + 0.5 < bottom;
        }
    }

    static Rect rect(Object value) {
        @SuppressWarnings("unchecked")
        Map<String, Number> r = (Map<String, Number>) value;
        return new Rect(r.get("left").doubleValue(), r.get("top").doubleValue(), r.get("right").doubleValue(),
                        r.get("bottom").doubleValue());
    }

    /** Boxes, routes sampled every 2 px along the drawn path, and label boxes, all in page coordinates, read at once. */
    static final String READ_PICTURE = """
            const box = r => ({left: r.left, top: r.top, right: r.right, bottom: r.bottom});
            const nodes = [...document.querySelectorAll('#chains g.node')]
                .map(g => ({id: g.dataset.id, rect: box(g.querySelector('rect').getBoundingClientRect())}));
            const edges = [...document.querySelectorAll('#chains g.edge')].map(g => {
              const path = g.querySelector('path'), ctm = path.getScreenCTM(), length = path.getTotalLength();
              const samples = [];
              for (let at = 0; at <= length; at += 2) {
                const p = path.getPointAtLength(Math.min(at, length)).matrixTransform(ctm);
                samples.push([p.x, p.y]);
              }
              const end = path.getPointAtLength(length).matrixTransform(ctm);
              samples.push([end.x, end.y]);
              return {from: g.dataset.from, to: g.dataset.to, samples,
                      labels: [...g.querySelectorAll('text.kind')].map(t => box(t.getBoundingClientRect()))};
            });
            return {nodes, edges};""";

    @SuppressWarnings("unchecked")
    void checkPicture(String alliance, String screenshotName) throws Exception {
        open(alliance);
        JsonNode chains = Services.api(queryService, "viewer").get("/api/alliances/" + alliance + "/chains").json();
        Set<List<String>> apiPairs = new HashSet<>();
        chains.get("edges").forEach(e -> apiPairs.add(List.of(e.get("from").asString(), e.get("to").asString())));
        Map<String, Integer> tier = new HashMap<>();
        chains.get("nodes").forEach(n -> tier.put(n.get("id").asString(), n.get("tier").asInt()));

        Map<String, Object> picture = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(READ_PICTURE);
        Map<String, Rect> boxes = new HashMap<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) picture.get("nodes")) {
            boxes.put((String) node.get("id"), rect(node.get("rect")));
        }
        assertThat(boxes.keySet()).containsExactlyInAnyOrderElementsOf(tier.keySet());
        List<Map<String, Object>> edges = (List<Map<String, Object>>) picture.get("edges");
        List<List<String>> drawn = edges.stream().map(e -> List.of((String) e.get("from"), (String) e.get("to"))).toList();
        assertThat(drawn).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(apiPairs);

        List<Rect> labels = new ArrayList<>();
        for (Map<String, Object> edge : edges) {
            String from = (String) edge.get("from"), to = (String) edge.get("to");
            List<List<Number>> samples = (List<List<Number>>) edge.get("samples");
            for (List<Number> sample : samples) {
                double x = sample.get(0).doubleValue(), y = sample.get(1).doubleValue();
                boxes.forEach((id, box) -> {
                    if (!id.equals(from) && !id.equals(to)) {
                        assertThat(box.contains(x, y, EPS)).as("%s -> %s passes through %s at (%.1f, %.1f)", from, to, id, x, y).isFalse();
                    }
                });
            }
            assertThat(near(samples.get(0), boxes.get(from))).as("%s -> %s starts at the provider", from, to).isTrue();
            assertThat(near(samples.get(samples.size() - 1), boxes.get(to))).as("%s -> %s ends at the receiver", from, to).isTrue();
            if (!tier.get(from).equals(tier.get(to))) {
                assertThat(boxes.get(from).left()).as("%s left of %s", from, to).isLessThan(boxes.get(to).left());
            }
            ((List<Object>) edge.get("labels")).forEach(label -> labels.add(rect(label)));
        }
        assertThat(labels).hasSize(apiPairs.size());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).overlaps(labels.get(j))).as("labels %s and %s overlap", labels.get(i), labels.get(j)).isFalse();
            }
        }

        Path screenshot = Path.of("target", "screenshots", screenshotName);
        Files.createDirectories(screenshot.getParent());
        // chromedriver shoots only the part of an element inside the viewport, and scrolls to it only when none is
        var chainsPanel = browser.findElement(By.id("chains"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", chainsPanel);
        Files.copy(chainsPanel.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(screenshot)).isGreaterThan(5_000);
    }

    /** Whether a route's end lies on (within two pixels of) the box. */
    static boolean near(List<Number> point, Rect box) {
        double x = point.get(0).doubleValue(), y = point.get(1).doubleValue();
        return x >= box.left() - 2 && x <= box.right() + 2 && y >= box.top() - 2 && y <= box.bottom() + 2;
    }
}
