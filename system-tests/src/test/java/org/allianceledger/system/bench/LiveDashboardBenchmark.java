package org.allianceledger.system.bench;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.system.Browser;
import org.allianceledger.system.Services;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How long a command takes to show up on an open dashboard: from sending a vote to command-service until the
 * page in Debian's chromium has redrawn the tally (the page stamps each redraw with its clock, which is this
 * machine's clock too). One alliance of 41 members; 40 votes on one application, 400 ms apart.
 *
 *   ./mvnw -q install -DskipTests && ./mvnw -q -pl system-tests exec:java -Dexec.mainClass=org.allianceledger.system.bench.LiveDashboardBenchmark
 */
public final class LiveDashboardBenchmark {

    static final int MEMBERS = 41;

    public static void main(String[] args) throws Exception {
        String database = TestDatabase.url("bench_live");
        ConfigurableApplicationContext commands = Services.command(database, "--logging.level.root=WARN");
        ConfigurableApplicationContext queries = Services.query(database, "--logging.level.root=WARN");
        ChromeDriver browser = Browser.start();
        try {
            Api operator = Services.api(commands, "operator");
            List<String> members = new ArrayList<>();
            for (int i = 1; i <= MEMBERS; i++) {
                members.add(Bench.code(i));
            }
            Bench.found(operator, "live", members, "2026-01-05");
            operator.post("/api/alliances/live/applications", Map.of("applicationId", "newcomer",
                    "enterprise", Map.of("id", Bench.code(999), "name", "新成员企业")));

            String dashboard = Services.api(queries, "viewer").baseUrl();
            Browser.logIn(browser, dashboard, "viewer", Api.password("viewer"));
            browser.get(dashboard + "/?alliance=live");
            Browser.await(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-application=newcomer] .tally")));
            browser.executeScript("""
                    window.redrawn = [];
                    new MutationObserver(() => {
                      const tally = document.querySelector('[data-application=newcomer] .tally');
                      if (tally) window.redrawn.push([Date.now(), Number(tally.dataset.for)]);
                    }).observe(document.getElementById('applications'), { childList: true, subtree: true });""");

            List<Long> latencies = new ArrayList<>();
            for (int vote = 1; vote < MEMBERS; vote++) { // the last elector's vote would close it
                long sent = System.currentTimeMillis();
                Api.Response cast = operator.post("/api/alliances/live/applications/newcomer/votes",
                                                  Map.of("voter", members.get(vote), "decision", "FOR"));
                if (cast.status() != 200) {
                    throw new IllegalStateException(cast.toString());
                }
                int expected = vote;
                Long shown = Browser.await(browser, Duration.ofSeconds(10)).until(driver -> (Long) browser.executeScript(
                        "return window.redrawn.find(r => r[1] >= arguments[0])?.[0]", expected));
                latencies.add((shown - sent) * 1_000_000);
                Thread.sleep(400);
            }
            System.out.println("vote sent -> tally redrawn on the open dashboard: " + Bench.percentiles(latencies));
        } finally {
            browser.quit();
            queries.close();
            commands.close();
        }
    }
}
