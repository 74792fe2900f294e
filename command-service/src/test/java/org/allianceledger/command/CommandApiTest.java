package org.allianceledger.command;

import com.atlassian.oai.validator.report.ValidationReport;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.PublishedContract;
import org.allianceledger.platform.testing.PublishedDocuments;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.platform.web.Limits;
import org.allianceledger.platform.web.Slug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The command API over real HTTP against the real event store on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {CommandServiceApplication.CONFIG_NAMES, "alliance.snapshot-threshold=5"})
class CommandApiTest {

    static final String YIHAI = "91370812G890PMMGXK";
    static final String BAIXIANG = "9137081237GMLL666A";
    static final String JINMAILANG = "91370812C11PDWNU6G";
    static final String YUDA = "91370812DLQHKRPF9D";
    static final String YINGYUAN = "91370812QEP32RR48W";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "command_api");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api operator;
    String alliance;

    @BeforeEach
    void foundAlliance() {
        operator = Api.at(port).as("operator");
        alliance = "a-" + UUID.randomUUID();
        Api.Response founded = operator.post("/api/alliances", founding(alliance, "0.5", YIHAI, BAIXIANG, JINMAILANG));
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
        assertThat(founded.json().get("version").asLong()).isEqualTo(1);
        assertThat(founded.header("Location")).isEqualTo("/api/alliances/" + alliance);
    }

    static Map<String, Object> founding(String id, String quorum, String... members) {
        List<Map<String, Object>> founders = new ArrayList<>();
        for (String member : members) {
            founders.add(Map.of("id", member, "name", "企业 " + member, "industry", "食品"));
        }
        return Map.of("allianceId", id, "name", "兖州区食品药品产业链党建联盟", "industryChain", "food and drug",
                      "region", "兖州区, 济宁市, 山东省", "foundedOn", "2022-04-21",
                      "leadingBodies", List.of("兖州区“两新”组织党工委"),
                      "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", new BigDecimal(quorum), "chairTermMonths", 2,
                                        "voteWindowDays", 14),
                      "foundingMembers", founders, "initialChair", members[1]);
    }

    static Map<String, Object> application(String id, String enterprise) {
        return Map.of("applicationId", id, "filedOn", "2022-07-20",
                      "enterprise", Map.of("id", enterprise, "name", "櫻源有限公司", "industry", "预制菜"));
    }

    /** Events recorded by requests; a chair's overdue term is the system's own doing, at any moment. */
    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type NOT LIKE '%RotationOverdue'",
                                   Long.class);
    }

    /** Sends a request that must be refused, and checks the refusal changed nothing in the event store. */
    JsonNode refused(int status, String code, Callable<Api.Response> request) throws Exception {
        long before = events();
        Api.Response response = request.call();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.has("type")).isTrue();
        assertThat(events()).as("the event store holds nothing new").isEqualTo(before);
        return problem;
    }

    String votes(String application) {
        return "/api/alliances/" + alliance + "/applications/" + application + "/votes";
    }

    @Test
    void membershipByVoteAnswersWithTallyOutcomeAndVersion() {
        Api.Response applied = operator.post("/api/alliances/" + alliance + "/applications", application("app-1", YINGYUAN));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(applied.json().get("tally").get("eligible").asInt()).isEqualTo(3);
        operator.post(votes("app-1"), Map.of("voter", YIHAI, "decision", "FOR", "castOn", "2022-08-05"));
        operator.post(votes("app-1"), Map.of("voter", BAIXIANG, "decision", "ABSTAIN", "castOn", "2022-08-05"));
        Api.Response last = operator.post(votes("app-1"), Map.of("voter", JINMAILANG, "decision", "FOR", "castOn", "2022-08-05"));

        assertThat(last.status()).isEqualTo(200);
        JsonNode answer = last.json();
        assertThat(answer.get("allianceId").asString()).isEqualTo(alliance);
        assertThat(answer.get("version").asLong()).isEqualTo(7);
        assertThat(answer.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(answer.get("tally").get("for").asInt()).isEqualTo(2);
        assertThat(answer.get("tally").get("abstain").asInt()).isEqualTo(1);
    }

    @Test
    void commandsAreTimedByTypeAndOutcome() {
        operator.post("/api/alliances/" + alliance + "/applications", application("app-1", YINGYUAN));
        operator.post("/api/alliances/" + alliance + "/applications", application("app-2", YIHAI));
        String metrics = Api.at(port).as("admin").get("/actuator/prometheus").body();
        assertThat(metrics).contains("alliance_commands_seconds_count{command=\"ApplyForMembership\",outcome=\"success\"}",
                                     "alliance_commands_seconds_count{command=\"ApplyForMembership\",outcome=\"refused\"}",
                                     "alliance_commands_seconds_count{command=\"FoundAlliance\",outcome=\"success\"}");
    }

    @Test
    void repeatingACreateWithTheSameBodyAnswersTheSameAndRecordsNothing() {
        long before = events();
        Api.Response again = operator.post("/api/alliances", founding(alliance, "0.50", YIHAI, BAIXIANG, JINMAILANG));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("version").asLong()).isEqualTo(1);
        operator.post("/api/alliances/" + alliance + "/applications", application("app-1", YINGYUAN));
        Api.Response applyAgain = operator.post("/api/alliances/" + alliance + "/applications", application("app-1", YINGYUAN));
        assertThat(applyAgain.status()).isEqualTo(201);
        operator.post(votes("app-1"), Map.of("voter", YIHAI, "decision", "FOR", "castOn", "2022-08-05"));
        Api.Response voteAgain = operator.post(votes("app-1"), Map.of("voter", YIHAI, "decision", "FOR", "castOn", "2022-08-05"));
        assertThat(voteAgain.status()).isEqualTo(200);
        assertThat(events()).isEqualTo(before + 2);
    }

    @Test
    void everyClientMistakeIsAProblemWithAStableCodeAndChangesNothing() throws Exception {
        String applications = "/api/alliances/" + alliance + "/applications";
        operator.post(applications, application("app-1", YINGYUAN));
        operator.post(votes("app-1"), Map.of("voter", YIHAI, "decision", "FOR", "castOn", "2022-08-05"));

        refused(400, "MALFORMED_REQUEST", () -> operator.offContract().post(applications, "{\"applicationId\": "));
        refused(400, "MALFORMED_REQUEST", () -> operator.offContract().post(applications, "{\"enterprise\": \"not an object\"}"));
        JsonNode invalid = refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(applications,
                Map.of("enterprise", Map.of("id", "91370812QEP32RR48X", "name", ""))));
        assertThat(invalid.get("errors").toString()).contains("enterprise.id", "INVALID_ENTERPRISE_ID", "enterprise.name");
        refused(400, "MALFORMED_REQUEST", () -> operator.offContract().post(votes("app-1"),
                Map.of("voter", BAIXIANG, "decision", "MAYBE")));
        refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(votes("app-1"),
                Map.of("voter", BAIXIANG, "decision", "FOR", "castOn", "2999-01-01")));
        refused(400, "VALIDATION_FAILED", () -> operator.offContract().post("/api/alliances",
                founding("bad id!", "1.5", YIHAI, BAIXIANG)));
        refused(401, "UNAUTHENTICATED", () -> Api.at(port).post(applications, application("app-2", YUDA)));
        refused(403, "FORBIDDEN", () -> Api.at(port).as("viewer").post(applications, application("app-2", YUDA)));
        refused(404, "ALLIANCE_NOT_FOUND", () -> operator.post("/api/alliances/nowhere/applications",
                application("app-2", YUDA)));
        refused(404, "APPLICATION_NOT_FOUND", () -> operator.post(votes("app-none"),
                Map.of("voter", BAIXIANG, "decision", "FOR")));
        refused(409, "ALREADY_MEMBER", () -> operator.post(applications, application("app-2", YIHAI)));
        refused(409, "APPLICATION_ALREADY_OPEN", () -> operator.post(applications, application("app-2", YINGYUAN)));
        refused(409, "ID_ALREADY_USED", () -> operator.post(applications, application("app-1", YUDA)));
        refused(409, "ID_ALREADY_USED", () -> operator.post("/api/alliances",
                founding(alliance, "0.6", YIHAI, BAIXIANG, JINMAILANG)));
        refused(409, "NOT_ELIGIBLE_TO_VOTE", () -> operator.post(votes("app-1"),
                Map.of("voter", YUDA, "decision", "FOR", "castOn", "2022-08-05")));
        refused(409, "ALREADY_VOTED", () -> operator.post(votes("app-1"),
                Map.of("voter", YIHAI, "decision", "AGAINST", "castOn", "2022-08-05")));
        refused(409, "DATE_OUT_OF_ORDER", () -> operator.post(votes("app-1"),
                Map.of("voter", BAIXIANG, "decision", "FOR", "castOn", "2022-07-19")));
        refused(409, "DATE_OUT_OF_ORDER", () -> operator.post(applications,
                Map.of("applicationId", "app-3", "filedOn", "2021-01-01",
                       "enterprise", Map.of("id", YUDA, "name", "育达"))));
        operator.post("/api/alliances/" + alliance + "/applications/app-1/withdrawal", Map.of("withdrawnOn", "2022-08-06"));
        refused(409, "APPLICATION_CLOSED", () -> operator.post(votes("app-1"),
                Map.of("voter", BAIXIANG, "decision", "FOR", "castOn", "2022-08-06")));
        refused(409, "APPLICATION_CLOSED", () -> operator.post(
                "/api/alliances/" + alliance + "/applications/app-1/close", Map.of()));
        refused(413, "PAYLOAD_TOO_LARGE", () -> operator.offContract().post(applications,
                Map.of("applicationId", "app-4", "statement", "长".repeat(70_000),
                       "enterprise", Map.of("id", YUDA, "name", "育达"))));
        refused(406, "NOT_ACCEPTABLE", () -> operator.offContract().send(operator.request(applications)
                .header("Content-Type", "application/json").header("Accept", "image/png")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(application("app-5", YUDA))))));
        refused(415, "UNSUPPORTED_MEDIA_TYPE", () -> operator.offContract().send(operator.request(applications)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello", StandardCharsets.UTF_8))));
    }

    /** docs/openapi/command-service.json is what the service publishes, and it states the limits of API.md. */
    @Test
    void thePublishedDocumentIsTheCommittedOneAndSaysTheLimits() {
        JsonNode document = PublishedDocuments.assertCommitted(operator, "command-service");
        PublishedDocuments.assertFollowsTheRules(document);
        JsonNode found = document.at("/paths/~1api~1alliances/post");
        assertThat(found.get("operationId").asString()).isEqualTo("foundAlliance");
        assertThat(found.get("responses").propertyNames()).contains("201", "409", "413", "415", "503")
                .doesNotContain("200");
        assertThat(found.at("/requestBody/content").propertyNames()).containsExactly("application/json");
        assertThat(document.at("/paths/~1api~1alliances~1{allianceId}~1applications~1{applicationId}~1votes/post"
                               + "/operationId").asString()).isEqualTo("castVote");
        JsonNode founding = document.at("/components/schemas/FoundAllianceRequest/properties");
        assertThat(founding.at("/allianceId/pattern").asString()).isEqualTo("^(?:" + Slug.PATTERN + ")$");
        assertThat(founding.at("/name/maxLength").asInt()).isEqualTo(Limits.NAME_LENGTH);
        assertThat(founding.at("/name/pattern").asString()).isEqualTo(Limits.LINE_PATTERN);
        assertThat(founding.at("/leadingBodies/items/maxLength").asInt()).isEqualTo(Limits.NAME_LENGTH);
        assertThat(founding.at("/initialChair/pattern").asString()).isEqualTo("^[0123456789ABCDEFGHJKLMNPQRTUWXY]{18}$");
        JsonNode deal = document.at("/components/schemas/DealRequest/properties");
        assertThat(deal.at("/valueCny/maximum").decimalValue()).isEqualByComparingTo(Limits.MONEY_MAX);
        assertThat(deal.at("/valueCny/multipleOf").decimalValue()).isEqualByComparingTo("0.01");
        JsonNode amount = document.at("/components/schemas/QuantityRequest/properties/amount");
        assertThat(amount.get("exclusiveMinimum").asBoolean()).isTrue();
        assertThat(amount.get("multipleOf").decimalValue()).isEqualByComparingTo(new BigDecimal("0.000001"));
        assertThat(document.at("/components/schemas/WithdrawalRequest/properties/reason/pattern").asString())
                .isEqualTo(Limits.TEXT_PATTERN);
    }

    /** The validation of the tests' answers can fail: what the document does not describe is a breach. */
    @Test
    void answersTheDocumentDoesNotDescribeAreBreaches() {
        HttpRequest found = operator.request("/api/alliances").POST(HttpRequest.BodyPublishers.noBody()).build();
        String recorded = "{\"allianceId\":\"" + alliance + "\",\"version\":1}";
        String conflict = "{\"type\":\"urn:problem-type:alliance-ledger:id-already-used\",\"title\":\"Id already used\","
                          + "\"status\":409,\"detail\":\"taken\",\"code\":\"ID_ALREADY_USED\"}";
        assertThat(breaches(found, 201, "application/json", recorded)).isEmpty();
        assertThat(breaches(found, 409, "application/problem+json", conflict)).isEmpty();
        assertThat(breaches(found, 200, "application/json", recorded)).as("200 for a create").isNotEmpty();
        assertThat(breaches(found, 201, "application/json", recorded.replace("1}", "\"1\"}"))).isNotEmpty();
        assertThat(breaches(found, 201, "application/json", recorded.replace("}", ",\"secret\":1}"))).isNotEmpty();
        assertThat(breaches(found, 201, "text/plain", recorded)).isNotEmpty();
        assertThat(breaches(found, 409, "application/json", conflict)).as("a problem as plain JSON").isNotEmpty();
        assertThat(breaches(found, 409, "application/problem+json", conflict.replace("ID_ALREADY_USED", "TAKEN")))
                .as("a code not in the enumeration").isNotEmpty();
        assertThat(breaches(found, 418, "application/problem+json", conflict)).isNotEmpty();
    }

    private List<String> breaches(HttpRequest request, int status, String type, String body) {
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", List.of(type)), (name, value) -> true);
        return PublishedContract.breaches(new PublishedContract.Exchange(operator.baseUrl(), request, null, status,
                                                                         headers, body, false))
                .getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage).toList();
    }

    static Map<String, Object> deal(String id, String from, String to, String subject) {
        return Map.of("dealId", id, "from", from, "to", to, "kind", "SUPPLY", "subject", subject,
                      "quantity", Map.of("amount", 10, "unit", "t"), "recurrence", "MONTHLY", "signedOn", "2022-06-15");
    }

    @Test
    void aDealIdRecordsOnceAndAnotherBodyUnderItIsRefused() throws Exception {
        String deals = "/api/alliances/" + alliance + "/deals";
        Api.Response first = operator.post(deals, deal("deal-oil", YIHAI, BAIXIANG, "大豆油 soybean oil"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo(deals + "/deal-oil");
        long before = events();
        Api.Response again = operator.post(deals, deal("deal-oil", YIHAI, BAIXIANG, "大豆油 soybean oil"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("version").asLong()).isEqualTo(first.json().get("version").asLong());
        assertThat(events()).isEqualTo(before);
        refused(409, "ID_ALREADY_USED", () -> operator.post(deals, deal("deal-oil", YIHAI, BAIXIANG, "菜籽油 rapeseed oil")));
        Api.Response generated = operator.post(deals, Map.of("from", YIHAI, "to", JINMAILANG, "kind", "OTHER",
                                                             "subject", "联合培训 joint training"));
        assertThat(generated.json().get("dealId").asString()).hasSize(36);
    }

    @Test
    void rotationDealAndWithdrawalMistakesAreProblemsAndChangeNothing() throws Exception {
        String handovers = "/api/alliances/" + alliance + "/rotation/handovers";
        String deals = "/api/alliances/" + alliance + "/deals";
        refused(409, "NOT_CURRENT_CHAIR", () -> operator.post(handovers, Map.of("from", YIHAI, "to", JINMAILANG)));
        refused(409, "NOT_A_MEMBER", () -> operator.post(handovers, Map.of("from", BAIXIANG, "to", YUDA)));
        refused(409, "SAME_ENTERPRISE", () -> operator.post(handovers, Map.of("from", BAIXIANG, "to", BAIXIANG)));
        refused(409, "DATE_OUT_OF_ORDER", () -> operator.post(handovers,
                Map.of("from", BAIXIANG, "to", YIHAI, "effectiveOn", "2022-04-20")));
        refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(handovers,
                Map.of("from", BAIXIANG, "to", YIHAI, "effectiveOn", "2999-01-01")));
        refused(409, "NOT_A_MEMBER", () -> operator.post(deals, deal("d-1", YIHAI, YUDA, "油")));
        refused(409, "SAME_ENTERPRISE", () -> operator.post(deals, deal("d-1", YIHAI, YIHAI, "油")));
        refused(400, "MALFORMED_REQUEST", () -> operator.offContract().post(deals, Map.of("from", YIHAI, "to", BAIXIANG,
                "kind", "BARTER", "subject", "油")));
        refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(deals, Map.of("from", YIHAI, "to", BAIXIANG,
                "kind", "SUPPLY", "subject", "油", "quantity", Map.of("amount", -1, "unit", "t"))));
        refused(404, "ALLIANCE_NOT_FOUND", () -> operator.post("/api/alliances/nowhere/deals", deal("d-1", YIHAI, BAIXIANG, "油")));
        String withdrawal = "/api/alliances/" + alliance + "/members/%s/withdrawal";
        refused(409, "CHAIR_MUST_HAND_OVER_FIRST", () -> operator.post(withdrawal.formatted(BAIXIANG), Map.of()));
        refused(404, "MEMBER_NOT_FOUND", () -> operator.post(withdrawal.formatted(YUDA), Map.of()));
        refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(withdrawal.formatted("not-a-code"), Map.of()));
        refused(409, "DATE_OUT_OF_ORDER", () -> operator.post(withdrawal.formatted(YIHAI),
                Map.of("effectiveOn", "2021-12-31")));

        assertThat(operator.post(handovers, Map.of("from", BAIXIANG, "to", YIHAI, "effectiveOn", "2022-07-01",
                                                   "note", "轮值旗交接")).status()).isEqualTo(200);
        assertThat(operator.post(withdrawal.formatted(BAIXIANG), Map.of("effectiveOn", "2022-08-01",
                                                                        "reason", "经营调整")).status()).isEqualTo(200);
        refused(409, "NOT_A_MEMBER", () -> operator.post(deals, deal("d-2", BAIXIANG, YIHAI, "油")));
    }

    @Test
    void eventsRecordTheCallerTheCorrelationAndTheCauseAndKeepChineseTextByteForByte() {
        operator.send(operator.request("/api/alliances/" + alliance + "/applications")
                .header("Content-Type", "application/json")
                .header("X-Correlation-Id", "meeting-2023-01-11")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(application("app-1", YINGYUAN)),
                                                          StandardCharsets.UTF_8)));
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT payload, meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                alliance, "%MembershipApplied");
        JsonNode metaData = Api.JSON.readTree((byte[]) row.get("meta_data"));
        JsonNode payload = Api.JSON.readTree((byte[]) row.get("payload"));

        assertThat(metaData.get("submittedBy").asString()).isEqualTo("operator");
        assertThat(metaData.get("correlationId").asString()).isEqualTo("meeting-2023-01-11");
        assertThat(metaData.get("causationId").asString()).isNotBlank();
        assertThat(payload.get("applicant").get("name").asString()).isEqualTo("櫻源有限公司");
        assertThat(new String((byte[]) row.get("payload"), StandardCharsets.UTF_8)).contains("櫻源有限公司");
    }

    @Test
    void parallelVotesOfAJointMeetingEachSucceedOnTheirMerits() throws Exception {
        int members = 40;
        List<String> codes = Codes.generate(members);
        String big = "big-" + UUID.randomUUID();
        assertThat(operator.post("/api/alliances", founding(big, "1", codes.toArray(String[]::new))).status()).isEqualTo(201);
        assertThat(operator.post("/api/alliances/" + big + "/applications", application("app-big", YINGYUAN)).status())
                .isEqualTo(201);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (String code : codes) {
            answers.add(pool.submit(() -> operator.post("/api/alliances/" + big + "/applications/app-big/votes",
                    Map.of("voter", code, "decision", "FOR", "castOn", "2022-08-05"))));
        }
        // the same votes again, concurrently with the first ones: each is a no-op or the first of its kind
        for (String code : codes.subList(0, 10)) {
            answers.add(pool.submit(() -> operator.post("/api/alliances/" + big + "/applications/app-big/votes",
                    Map.of("voter", code, "decision", "FOR", "castOn", "2022-08-05"))));
        }
        for (Future<Api.Response> answer : answers) {
            Api.Response response = answer.get();
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
        }
        pool.shutdown();

        long recorded = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type NOT LIKE '%RotationOverdue'",
                Long.class, big);
        assertThat(recorded).as("founding, application, 40 votes, approval, admission").isEqualTo(1 + 1 + members + 2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                                       Long.class, big)).as("snapshots were taken").isPositive();
        Api.Response again = operator.post("/api/alliances/" + big + "/applications/app-big/votes",
                                           Map.of("voter", codes.get(0), "decision", "FOR", "castOn", "2022-08-05"));
        assertThat(again.status()).as("votes survive snapshots: the same vote is still a no-op").isEqualTo(200);
        assertThat(again.json().get("outcome").asString()).isEqualTo("APPROVED");
    }
}
