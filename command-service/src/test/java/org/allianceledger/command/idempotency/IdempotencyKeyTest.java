package org.allianceledger.command.idempotency;

import io.micrometer.core.instrument.MeterRegistry;
import org.allianceledger.command.CommandServiceApplication;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YINGYUAN;
import static org.allianceledger.command.Yanzhou.YUDA;
import static org.allianceledger.command.Yanzhou.foundingBody;
import static org.allianceledger.command.deals.DealFixtures.dealBody;
import static org.allianceledger.command.membership.MembershipFixtures.applicationBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Idempotency-Key header over real HTTP on every kind of command: a repeat with the key and the same body
 * answers exactly as the first time (status, Location, body) and records nothing; the key with another body is 409
 * ID_ALREADY_USED; a key is scoped by caller and path; without a key nothing changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = CommandServiceApplication.CONFIG_NAMES)
class IdempotencyKeyTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "idempotency_key");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecordedAnswers answers;
    @Autowired
    MeterRegistry metrics;

    Api operator;
    Api admin;
    String alliance;

    @BeforeEach
    void foundAlliance() {
        operator = Api.at(port).as("operator");
        admin = Api.at(port).as("admin");
        alliance = "a-" + UUID.randomUUID();
        Api.Response founded = operator.post("/api/alliances", founding(alliance, "兖州区食品药品产业链党建联盟"));
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
    }

    /** Founded by Yihai Kerry, Baixiang and Jinmailang under that name; no id when null. */
    static Map<String, Object> founding(String id, String name) {
        return foundingBody(id, name, "0.5", List.of(YIHAI.id(), BAIXIANG.id(), JINMAILANG.id()));
    }

    /** Yihai Kerry supplies Baixiang. */
    static Map<String, Object> deal(String subject) {
        return dealBody(null, YIHAI.id(), BAIXIANG.id(), subject);
    }

    static Api.Response post(Api as, String path, Object body, String key) {
        HttpRequest.Builder request = as.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        return as.send(key == null ? request : request.header("Idempotency-Key", key));
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type NOT LIKE '%Overdue'",
                                   Long.class);
    }

    /**
     * Sends a command with a key and checks the key's rules on it: the repeat answers exactly as the first time and
     * records nothing, the key with another body is refused and records nothing. Returns the first answer.
     */
    Api.Response keyed(String path, Object body, Object otherBody) {
        String key = UUID.randomUUID().toString();
        Api.Response first = post(operator, path, body, key);
        assertThat(first.status()).as(first.toString()).isBetween(200, 201);
        long recorded = events();

        Api.Response repeat = post(operator, path, body, key);
        assertThat(repeat.status()).as(repeat.toString()).isEqualTo(first.status());
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(events()).as("a repeat records nothing").isEqualTo(recorded);

        Api.Response other = post(operator, path, otherBody, key);
        assertThat(other.status()).as(other.toString()).isEqualTo(409);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        assertThat(other.json().get("code").asString()).isEqualTo("ID_ALREADY_USED");
        assertThat(events()).as("another body under the key records nothing").isEqualTo(recorded);
        return first;
    }

    String path(String rest) {
        return "/api/alliances/" + alliance + rest;
    }

    @Test
    void everyKindOfCommandRepeatedWithItsKeyAnswersAsTheFirstTimeAndRecordsNothing() {
        Api.Response founded = keyed("/api/alliances", founding(null, "兖州区第二联盟"), founding(null, "兖州区第三联盟"));
        assertThat(founded.header("Location")).isEqualTo("/api/alliances/" + founded.json().get("allianceId").asString());

        Api.Response applied = keyed(path("/applications"), applicationBody(null, YINGYUAN.id()), applicationBody(null, YUDA.id()));
        String application = applied.json().get("applicationId").asString();
        assertThat(applied.header("Location")).endsWith("/applications/" + application);

        String votes = path("/applications/" + application + "/votes");
        Map<String, Object> vote = Map.of("voter", YIHAI.id(), "decision", "FOR", "castOn", "2022-08-05");
        String voteKey = UUID.randomUUID().toString();
        Api.Response voted = post(operator, votes, vote, voteKey);
        assertThat(voted.json().get("tally").get("for").asInt()).isEqualTo(1);
        keyed(votes, Map.of("voter", JINMAILANG.id(), "decision", "AGAINST", "castOn", "2022-08-05"),
              Map.of("voter", JINMAILANG.id(), "decision", "FOR", "castOn", "2022-08-05"));
        keyed(path("/applications/" + application + "/close"), Map.of("closedOn", "2022-08-06"),
              Map.of("closedOn", "2022-08-07"));
        Api.Response voteAgain = post(operator, votes, vote, voteKey);
        assertThat(voteAgain.body()).as("the answer kept, not the application's standing now").isEqualTo(voted.body());
        assertThat(post(operator, votes, vote, null).json().get("status").asString()).isEqualTo("REJECTED");

        String second = "app-" + UUID.randomUUID();
        assertThat(post(operator, path("/applications"), Map.of("applicationId", second, "filedOn", "2022-07-21",
                "enterprise", Map.of("id", YUDA.id(), "name", "育达", "industry", "医疗器械")), null).status()).isEqualTo(201);
        keyed(path("/applications/" + second + "/withdrawal"), Map.of("withdrawnOn", "2022-07-22"),
              Map.of("withdrawnOn", "2022-07-23"));

        keyed(path("/rotation/handovers"), Map.of("from", BAIXIANG.id(), "to", YIHAI.id(), "effectiveOn", "2022-07-01"),
              Map.of("from", BAIXIANG.id(), "to", JINMAILANG.id(), "effectiveOn", "2022-07-01"));

        Api.Response dealt = keyed(path("/deals"), deal("大豆油 soybean oil"), deal("菜籽油 rapeseed oil"));
        assertThat(dealt.header("Location")).endsWith("/deals/" + dealt.json().get("dealId").asString());

        keyed(path("/members/" + BAIXIANG.id() + "/withdrawal"), Map.of("effectiveOn", "2022-08-01"),
              Map.of("effectiveOn", "2022-08-02"));
        assertThat(metrics.find("alliance.commands").tags("command", "WithdrawFromAlliance", "outcome", "repeated")
                           .timer()).as("a repeat is counted as such").isNotNull();
    }

    @Test
    void withoutAKeyEveryRequestIsDecidedAgain() {
        String handovers = path("/rotation/handovers");
        Map<String, Object> handover = Map.of("from", BAIXIANG.id(), "to", YIHAI.id(), "effectiveOn", "2022-07-01");
        assertThat(post(operator, handovers, handover, null).status()).isEqualTo(200);
        Api.Response again = post(operator, handovers, handover, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("NOT_CURRENT_CHAIR");

        long before = events();
        String first = post(operator, path("/deals"), deal("油"), null).json().get("dealId").asString();
        String second = post(operator, path("/deals"), deal("油"), null).json().get("dealId").asString();
        assertThat(first).isNotEqualTo(second);
        assertThat(events()).as("a deal without id or key is a new deal every time").isEqualTo(before + 2);
    }

    @Test
    void aKeyIsScopedByCallerAndByPath() {
        String key = UUID.randomUUID().toString();
        Api.Response byOperator = post(operator, path("/deals"), deal("油"), key);
        Api.Response byAdmin = post(admin, path("/deals"), deal("油"), key);
        assertThat(byOperator.status()).isEqualTo(201);
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(byAdmin.json().get("dealId").asString()).isNotEqualTo(byOperator.json().get("dealId").asString());
        assertThat(post(admin, path("/deals"), deal("油"), key).body()).isEqualTo(byAdmin.body());

        String other = "a-" + UUID.randomUUID();
        assertThat(post(operator, "/api/alliances", founding(other, "另一联盟"), null).status()).isEqualTo(201);
        Api.Response elsewhere = post(operator, "/api/alliances/" + other + "/deals", deal("油"), key);
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
        assertThat(elsewhere.json().get("allianceId").asString()).isEqualTo(other);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%DealRecorded'"
                                       + " AND aggregate_identifier IN (?, ?)", Long.class, alliance, other))
                .isEqualTo(3);
    }

    @Test
    void aKeyIsAStringOfPrintableAsciiQuotedOrBare() {
        Api.Response quoted = post(operator, path("/deals"), deal("油"), "\"order-42\"");
        assertThat(quoted.status()).isEqualTo(201);
        assertThat(post(operator, path("/deals"), deal("油"), "order-42").body())
                .as("a structured-field string and the bare key are one key").isEqualTo(quoted.body());
        long before = events();
        for (String bad : List.of("x".repeat(256), "  ")) {
            Api.Response refused = post(operator.offContract(), path("/deals"), deal("油"), bad);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            JsonNode problem = refused.json();
            assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        }
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void concurrentRepeatsOfAKeyRecordOnceAndAllAnswerAlike() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> handover = Map.of("from", BAIXIANG.id(), "to", YIHAI.id(), "effectiveOn", "2022-07-01");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> post(operator, path("/rotation/handovers"), handover, key)));
        }
        List<String> bodies = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
            Api.Response response = answer.get();
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            bodies.add(response.body());
        }
        pool.shutdown();
        assertThat(bodies).containsOnly(bodies.get(0));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                       + " AND payload_type LIKE '%RotationHandedOver'", Long.class, alliance)).isEqualTo(1);
    }

    @Test
    void keysAreKeptForTheirRetentionThenForgotten() {
        String kept = UUID.randomUUID().toString();
        String old = UUID.randomUUID().toString();
        Api.Response recent = post(operator, path("/deals"), deal("油"), kept);
        Api.Response first = post(operator, path("/deals"), deal("油"), old);
        jdbc.update("UPDATE idempotency_key SET recorded_at = now() - interval '24 hours 1 minute' WHERE idempotency_key = ?", old);
        jdbc.update("UPDATE idempotency_key SET recorded_at = now() - interval '23 hours 59 minutes' WHERE idempotency_key = ?", kept);

        assertThat(answers.purge()).isEqualTo(1);

        assertThat(post(operator, path("/deals"), deal("油"), kept).body()).isEqualTo(recent.body());
        long before = events();
        Api.Response afterPurge = post(operator, path("/deals"), deal("油"), old);
        assertThat(afterPurge.json().get("dealId").asString())
                .as("the id derived from the key names the same deal, recorded already").isEqualTo(first.json().get("dealId").asString());
        assertThat(events()).isEqualTo(before);
    }
}
