package org.allianceledger.command.alliance;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.allianceledger.command.CommandServiceApplication;
import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.membership.MembershipFixtures;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection pool and the alliances' turns, over HTTP with a pool of a single connection: every command is done
 * on the one connection of its transaction (its deadline, the recorded-deal table and the answer kept under an
 * Idempotency-Key included), a command waiting for its turn holds no connection (with a key too), and one that does not get its turn in time is answered 503 SERVICE_BUSY.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {CommandServiceApplication.CONFIG_NAMES,
                              "spring.datasource.hikari.maximum-pool-size=1",
                              "spring.datasource.hikari.connection-timeout=2000",
                              "alliance.snapshot-threshold=2",
                              "alliance.lock.wait=3s"})
class ConnectionsAndTurnsTest {

    static final String YIHAI = Yanzhou.YIHAI.id();
    static final String BAIXIANG = Yanzhou.BAIXIANG.id();
    static final String JINMAILANG = Yanzhou.JINMAILANG.id();
    static final String YINGYUAN = Yanzhou.YINGYUAN.id();
    static final String YUDA = Yanzhou.YUDA.id();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "connections_and_turns");
        // Flyway migrates on two connections of its own, outside the pool under test
        registry.add("spring.flyway.url", () -> TestDatabase.url("connections_and_turns"));
        registry.add("spring.flyway.user", () -> TestDatabase.USER);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LockFactory allianceLockFactory;
    @Autowired
    MeterRegistry metrics;

    Api operator;
    String alliance;

    @BeforeEach
    void foundAlliance() {
        operator = Api.at(port).as("operator");
        alliance = found();
    }

    @Test
    void everyCommandIsDoneOnTheOneConnectionOfItsTransaction() throws Exception {
        String base = "/api/alliances/" + alliance;
        assertCreated(operator.post(base + "/applications", application("app-1", YINGYUAN)));
        assertOk(operator.post(base + "/applications/app-1/votes", Map.of("voter", YIHAI, "decision", "FOR")));
        assertOk(operator.post(base + "/rotation/handovers", Map.of("from", BAIXIANG, "to", YIHAI)));
        Map<String, Object> deal = Map.of("dealId", "deal-1", "from", YIHAI, "to", JINMAILANG, "kind", "SUPPLY",
                                          "subject", "面粉");
        assertCreated(operator.post(base + "/deals", deal));
        assertCreated(operator.post(base + "/deals", deal)); // the repeat is answered from the recorded-deal table
        Map<String, Object> keyed = Map.of("from", YIHAI, "to", JINMAILANG, "kind", "SUPPLY", "subject", "面粉");
        assertCreated(withKey(base + "/deals", keyed, "deal-key"));
        assertCreated(withKey(base + "/deals", keyed, "deal-key")); // answered from the idempotency_key table
        assertCreated(operator.post(base + "/applications", application("app-2", YUDA)));
        assertOk(operator.post(base + "/applications/app-2/withdrawal", Map.of()));
        assertOk(operator.post(base + "/members/" + JINMAILANG + "/withdrawal", Map.of()));
        // part two: a zone (whose founding is read before the alliance's turn), a partner and its instructor, a joint
        // meeting recorded with a vote cast at it, the rotation plan, a suspension and its lift, an expulsion motion
        String zone = "z-" + alliance;
        assertCreated(operator.post("/api/zones", Map.of("zoneId", zone, "name", "济北经济开发区", "region", "济阳区",
                                                          "committee", "济北经济开发区党工委")));
        assertOk(operator.post("/api/zones/" + zone + "/alliances", Map.of("allianceId", alliance)));
        String market = "11370812YKY0WCH4RR";
        assertCreated(operator.post(base + "/departments", Map.of("department", Map.of("id", market, "name", "兖州区市场监督管理局"))));
        assertCreated(operator.post(base + "/instructors", Map.of("instructorId", "zhang", "name", "张迁",
                                                                   "department", market, "enterprises", List.of(BAIXIANG))));
        String today = BusinessCalendar.today().toString();
        assertCreated(operator.post(base + "/meetings", Map.of("meetingId", "m-1", "title", "联席会", "scheduledOn", today)));
        assertOk(operator.post(base + "/meetings/m-1/record", Map.of(
                "attendees", Map.of("members", List.of(YIHAI, BAIXIANG), "departments", List.of(market)))));
        assertOk(operator.post(base + "/applications/app-1/votes", Map.of("voter", BAIXIANG, "decision", "FOR",
                                                                           "meetingId", "m-1")));
        assertOk(operator.send(operator.request(base + "/rotation/plan").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(
                        Map.of("order", List.of(YIHAI, BAIXIANG))), StandardCharsets.UTF_8))));
        assertOk(operator.post(base + "/members/" + BAIXIANG + "/suspension", Map.of("reason", "拖欠会费")));
        assertOk(operator.post(base + "/members/" + BAIXIANG + "/suspension/lift", Map.of()));
        assertCreated(operator.post(base + "/motions", Map.of("motionId", "m-1", "kind", "EXPULSION", "subject", BAIXIANG,
                                                               "statement", "多次违反联盟章程")));

        assertThat(count("SELECT count(*) FROM scheduled_tasks WHERE position(convert_to(?, 'UTF8') IN task_data) > 0",
                         "\"" + alliance + "\"")).as("the first term, the meeting cadence, two vote windows, the term "
                                                      + "after the handover, the motion's window")
                .isEqualTo(6);
        assertThat(count("SELECT count(*) FROM recorded_deal WHERE alliance_id = ?", alliance)).isEqualTo(2);
        for (int i = 0; i < 100 && count("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                                         alliance) == 0; i++) {
            Thread.sleep(50);
        }
        assertThat(count("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", alliance))
                .as("snapshots, taken on their own thread, share the pool of one").isPositive();
    }

    @Test
    void aDeadlineIsStoredInTheTransactionOfItsEventOrNotAtAll() {
        // the event store refuses, at commit, the event of this one application
        jdbc.execute("""
                CREATE FUNCTION refuse_doomed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF convert_from(NEW.payload, 'UTF8') LIKE '%app-doomed%' THEN
                        RAISE EXCEPTION 'refused at commit';
                    END IF;
                    RETURN NULL;
                END $$""");
        jdbc.execute("""
                CREATE CONSTRAINT TRIGGER refuse_doomed AFTER INSERT ON domain_event_entry
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_doomed()""");
        try {
            Api.Response refused = operator.post("/api/alliances/" + alliance + "/applications",
                                                 application("app-doomed", YINGYUAN));
            assertThat(refused.status()).as(refused.toString()).isGreaterThanOrEqualTo(500);
        } finally {
            jdbc.execute("DROP TRIGGER refuse_doomed ON domain_event_entry");
            jdbc.execute("DROP FUNCTION refuse_doomed()");
        }
        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?",
                         "%app-doomed%")).isZero();
        assertThat(count("SELECT count(*) FROM scheduled_tasks WHERE position(convert_to(?, 'UTF8') IN task_data) > 0",
                         "app-doomed")).as("no vote window for an application that was not stored").isZero();
        assertCreated(operator.post("/api/alliances/" + alliance + "/applications", application("app-doomed", YINGYUAN)));
        assertThat(count("SELECT count(*) FROM scheduled_tasks WHERE position(convert_to(?, 'UTF8') IN task_data) > 0",
                         "app-doomed")).isEqualTo(1);
    }

    @Test
    void commandsWaitingForTheirTurnHoldNoConnection() throws Exception {
        String other = found();
        QueuedLockFactory locks = (QueuedLockFactory) allianceLockFactory;
        Lock held = locks.obtainLock(alliance);
        List<CompletableFuture<Api.Response>> waiting = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Map<String, Object> deal = Map.of("dealId", "waiting-" + i, "from", YIHAI, "to", JINMAILANG,
                                                  "kind", "SUPPLY", "subject", "面粉");
                String key = "waiting-" + i; // the answer kept under a key is written after the turn too
                waiting.add(CompletableFuture.supplyAsync(() -> withKey("/api/alliances/" + alliance + "/deals", deal, key)));
            }
            for (int i = 0; i < 200 && locks.waiting(alliance) < 3; i++) {
                Thread.sleep(10);
            }
            assertThat(locks.waiting(alliance)).as("commands waiting for their turn, not for a connection").isEqualTo(3);
            // the pool's one connection is free for another alliance while three commands wait for this one
            assertCreated(operator.post("/api/alliances/" + other + "/deals", Map.of(
                    "from", YIHAI, "to", JINMAILANG, "kind", "SUPPLY", "subject", "面粉")));
        } finally {
            held.release();
        }
        for (CompletableFuture<Api.Response> answer : waiting) {
            assertCreated(answer.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aCommandThatDoesNotGetItsTurnInTimeIsAnswered503ServiceBusy() {
        long events = count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", alliance);
        Map<String, Object> deal = Map.of("dealId", "busy", "from", YIHAI, "to", JINMAILANG, "kind", "SUPPLY",
                                          "subject", "面粉");
        Lock held = allianceLockFactory.obtainLock(alliance);
        Api.Response busy;
        long millis;
        try {
            long started = System.nanoTime();
            busy = operator.post("/api/alliances/" + alliance + "/deals", deal);
            millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        } finally {
            held.release();
        }
        assertThat(busy.status()).as(busy.toString()).isEqualTo(503);
        assertThat(busy.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(busy.json().get("code").asString()).isEqualTo("SERVICE_BUSY");
        assertThat(busy.header("Retry-After")).isEqualTo("1");
        assertThat(millis).as("answered after the 3 s wait, in ms").isBetween(2900L, 6000L);
        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", alliance))
                .isEqualTo(events);
        assertThat(metrics.find("alliance.commands").tags("command", "RecordDeal", "outcome", "busy").timer())
                .isNotNull().extracting(Timer::count).isEqualTo(1L);
        assertCreated(operator.post("/api/alliances/" + alliance + "/deals", deal));
    }

    /** Founded today, and applied to today: no deadline of this test falls due while it runs. */
    private String found() {
        String id = "a-" + UUID.randomUUID();
        Map<String, Object> founding = Yanzhou.foundingBody(id);
        founding.remove("foundedOn");
        assertCreated(operator.post("/api/alliances", founding));
        return id;
    }

    private static Map<String, Object> application(String id, String enterprise) {
        Map<String, Object> application = MembershipFixtures.applicationBody(id, enterprise);
        application.remove("filedOn");
        return application;
    }

    private Api.Response withKey(String path, Map<String, Object> body, String key) {
        return operator.send(operator.request(path).header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static void assertCreated(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static void assertOk(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
