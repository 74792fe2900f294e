package org.allianceledger.command.outage;

import org.allianceledger.command.CommandServiceApplication;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.platform.testing.TestUsers;
import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YINGYUAN;
import static org.allianceledger.command.Yanzhou.foundingBody;
import static org.allianceledger.command.deals.DealFixtures.dealBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands while the connection to PostgreSQL breaks at a chosen moment (a proxy in front of the real database):
 * before the commit the command is retried and recorded once; a broken commit is resent where a repeat is harmless,
 * else answered 500 OUTCOME_UNKNOWN with what to retry with; a database that is down answers 503 STORE_UNAVAILABLE
 * with Retry-After, and the service recovers when it is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {CommandServiceApplication.CONFIG_NAMES, "alliance.deadlines.polling-interval=1h",
                              "alliance.lock.wait=1s"})
class OutageAnswersTest {

    static final String DATABASE = "outage_answers";
    static final BreakingProxy PROXY = BreakingProxy.to(TestDatabase.HOST, Integer.parseInt(TestDatabase.PORT));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String direct = TestDatabase.url(DATABASE);
        String proxied = direct.replace(TestDatabase.HOST + ":" + TestDatabase.PORT, "127.0.0.1:" + PROXY.port());
        registry.add("spring.datasource.url", () -> proxied + "?prepareThreshold=0");
        for (String property : TestUsers.PROPERTIES) {
            int eq = property.indexOf('=');
            registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
        }
    }

    @AfterAll
    static void closeProxy() throws IOException {
        PROXY.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    LockFactory locks;

    /** Straight to the database, past the proxy, to see what was recorded. */
    final JdbcTemplate store = new JdbcTemplate(new DriverManagerDataSource(TestDatabase.url(DATABASE), TestDatabase.USER, ""));
    Api operator;
    String alliance;

    @BeforeEach
    void foundAlliance() {
        operator = Api.at(port).as("operator");
        alliance = "a-" + UUID.randomUUID();
        Api.Response founded = operator.post("/api/alliances", foundingBody(alliance));
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
    }

    @AfterEach
    void databaseBack() {
        PROXY.up();
    }

    String path(String rest) {
        return "/api/alliances/" + alliance + rest;
    }

    Map<String, Object> handover() {
        return Map.of("from", BAIXIANG.id(), "to", YIHAI.id(), "effectiveOn", "2022-07-01");
    }

    /** Yihai Kerry supplies Baixiang. */
    static Map<String, Object> deal() {
        return dealBody(null, YIHAI.id(), BAIXIANG.id(), "大豆油");
    }

    Api.Response post(String path, Object body, String key) {
        HttpRequest.Builder request = operator.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        return operator.send(key == null ? request : request.header("Idempotency-Key", key));
    }

    /**
     * Sent as a client does once the database is back: again after Retry-After while the pool reconnects (on a busy
     * machine that can outlast the service's own resends), for up to 10 s; only STORE_UNAVAILABLE may come meanwhile.
     */
    Api.Response onceTheStoreIsBack(String path, Object body) {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            Api.Response answer = post(path, body, null);
            if (answer.status() != 503 || System.nanoTime() > giveUp) {
                return answer;
            }
            problem(answer, 503, "STORE_UNAVAILABLE");
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(Long.parseLong(answer.header("Retry-After"))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
        }
    }

    long recorded(String eventType) {
        return store.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                                    Long.class, alliance, "%" + eventType);
    }

    static void broke(CountDownLatch broke) throws InterruptedException {
        assertThat(broke.await(10, TimeUnit.SECONDS)).as("the proxy broke the connection as armed").isTrue();
    }

    static JsonNode problem(Api.Response answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("code").asString()).isEqualTo(code);
        return problem;
    }

    @Test
    void aConnectionLostBeforeTheCommitIsRetriedAndTheCommandRecordedOnce() throws Exception {
        CountDownLatch broke = PROXY.arm(alliance, BreakingProxy.Break.AT_FIRST_STATEMENT, false);
        Api.Response handedOver = post(path("/rotation/handovers"), handover(), null);
        broke(broke);
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
        assertThat(recorded("RotationHandedOver")).isEqualTo(1);
    }

    @Test
    void aCreateOrAVoteWhoseCommitBrokeOffIsResentAndRecordedOnce() throws Exception {
        String another = "a-" + UUID.randomUUID();
        CountDownLatch broke = PROXY.arm(another, BreakingProxy.Break.REPLY_TO_COMMIT_LOST, false);
        Map<String, Object> founding = new HashMap<>(foundingBody(alliance));
        founding.put("allianceId", another);
        Api.Response founded = post("/api/alliances", founding, null);
        broke(broke);
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
        assertThat(store.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                                        Long.class, another)).isEqualTo(1);

        broke = PROXY.arm(alliance, BreakingProxy.Break.REPLY_TO_COMMIT_LOST, false);
        Api.Response applied = post(path("/applications"), Map.of("filedOn", "2022-07-20",
                "enterprise", Map.of("id", YINGYUAN.id(), "name", "櫻源有限公司", "industry", "预制菜")), null);
        broke(broke);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(applied.header("Location")).endsWith("/applications/" + applied.json().get("applicationId").asString());
        assertThat(recorded("MembershipApplied")).as("committed once, its resend recognised").isEqualTo(1);

        broke = PROXY.arm(alliance, BreakingProxy.Break.COMMIT_NEVER_ARRIVES, false);
        Api.Response dealt = post(path("/deals"), deal(), null);
        broke(broke);
        assertThat(dealt.status()).as(dealt.toString()).isEqualTo(201);
        assertThat(recorded("DealRecorded")).as("rolled back, then recorded by the resend").isEqualTo(1);

        broke = PROXY.arm(alliance, BreakingProxy.Break.REPLY_TO_COMMIT_LOST, false);
        Api.Response voted = post(path("/applications/" + applied.json().get("applicationId").asString() + "/votes"),
                                  Map.of("voter", YIHAI.id(), "decision", "FOR", "castOn", "2022-08-05"), null);
        broke(broke);
        assertThat(voted.status()).as(voted.toString()).isEqualTo(200);
        assertThat(voted.json().get("tally").get("for").asInt()).isEqualTo(1);
        assertThat(recorded("VoteCast")).isEqualTo(1);
    }

    @Test
    void aHandoverWhoseCommitBrokeOffAnswersThatItsOutcomeIsUnknown() throws Exception {
        CountDownLatch broke = PROXY.arm(alliance, BreakingProxy.Break.COMMIT_NEVER_ARRIVES, false);
        JsonNode unknown = problem(post(path("/rotation/handovers"), handover(), null), 500, "OUTCOME_UNKNOWN");
        broke(broke);
        assertThat(unknown.has("retryWith")).isFalse();
        assertThat(recorded("RotationHandedOver")).as("this time it was not recorded").isZero();

        broke = PROXY.arm(alliance, BreakingProxy.Break.REPLY_TO_COMMIT_LOST, false);
        problem(post(path("/rotation/handovers"), handover(), null), 500, "OUTCOME_UNKNOWN");
        broke(broke);
        assertThat(recorded("RotationHandedOver")).as("this time it was: resent, it would be refused").isEqualTo(1);
        problem(post(path("/rotation/handovers"), handover(), null), 409, "NOT_CURRENT_CHAIR");
    }

    @Test
    void withItsIdempotencyKeyAHandoverWhoseReplyWasLostAnswersAsRecorded() throws Exception {
        String key = UUID.randomUUID().toString();
        CountDownLatch broke = PROXY.arm(alliance, BreakingProxy.Break.REPLY_TO_COMMIT_LOST, false);
        Api.Response handedOver = post(path("/rotation/handovers"), handover(), key);
        broke(broke);
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
        assertThat(recorded("RotationHandedOver")).isEqualTo(1);
        assertThat(post(path("/rotation/handovers"), handover(), key).body()).isEqualTo(handedOver.body());
    }

    @Test
    void aDealWhoseCommitBrokeOffWhileTheDatabaseStaysDownNamesTheIdToRetryWith() throws Exception {
        CountDownLatch broke = PROXY.arm(alliance, BreakingProxy.Break.REPLY_TO_COMMIT_LOST, true);
        long started = System.nanoTime();
        JsonNode unknown = problem(post(path("/deals"), deal(), null), 500, "OUTCOME_UNKNOWN");
        broke(broke);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).as("answered within seconds").isLessThan(10);
        String dealId = unknown.get("retryWith").get("dealId").asString();
        assertThat(unknown.get("detail").asString()).contains("may have been recorded or not");

        PROXY.up();
        assertThat(store.queryForObject("SELECT count(*) FROM recorded_deal WHERE alliance_id = ? AND deal_id = ?",
                                        Long.class, alliance, dealId)).as("it was recorded, under that id").isEqualTo(1);
        Map<String, Object> again = new HashMap<>(deal());
        again.put("dealId", dealId);
        Api.Response retried = post(path("/deals"), again, null);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.json().get("dealId").asString()).isEqualTo(dealId);
        assertThat(recorded("DealRecorded")).as("the retry with its id recorded nothing new").isEqualTo(1);
    }

    @Test
    void aCommandWithoutItsTurnWhileTheDatabaseIsAwayIsAnsweredAsTheOutageItIs() {
        Lock held = locks.obtainLock(alliance);
        try {
            problem(post(path("/deals"), deal(), null), 503, "SERVICE_BUSY");
            PROXY.down();
            String other = "a-" + UUID.randomUUID();
            problem(post("/api/alliances", foundingBody(other), null), 503, "STORE_UNAVAILABLE");
            Api.Response waited = post(path("/deals"), deal(), null);
            problem(waited, 503, "STORE_UNAVAILABLE");
            assertThat(waited.header("Retry-After")).isEqualTo("1");
            PROXY.up();
            assertThat(onceTheStoreIsBack("/api/alliances", foundingBody(other)).status()).isEqualTo(201);
            problem(post(path("/deals"), deal(), null), 503, "SERVICE_BUSY");
        } finally {
            held.release();
        }
        assertThat(recorded("DealRecorded")).isZero();
    }

    @Test
    void aDatabaseThatIsDownAnswersStoreUnavailableWithRetryAfterAndIsUsedAgainOnceBack() {
        PROXY.down();
        long started = System.nanoTime();
        Api.Response answer = post(path("/rotation/handovers"), handover(), null);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        problem(answer, 503, "STORE_UNAVAILABLE");
        assertThat(answer.header("Retry-After")).isEqualTo("1");
        assertThat(seconds).as("answered within seconds, not after the pool's 30 s").isLessThan(8);
        assertThat(recorded("RotationHandedOver")).isZero();

        PROXY.up();
        Api.Response handedOver = onceTheStoreIsBack(path("/rotation/handovers"), handover());
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
        assertThat(recorded("RotationHandedOver")).isEqualTo(1);
    }
}
