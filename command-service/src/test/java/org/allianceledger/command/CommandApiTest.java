package org.allianceledger.command;

import com.atlassian.oai.validator.report.ValidationReport;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.PublishedContract;
import org.allianceledger.platform.testing.PublishedDocuments;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.platform.web.Limits;
import org.allianceledger.platform.web.Slug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YINGYUAN;
import static org.allianceledger.command.Yanzhou.YUDA;
import static org.allianceledger.command.Yanzhou.foundingBody;
import static org.allianceledger.command.deals.DealFixtures.dealBody;
import static org.allianceledger.command.membership.MembershipFixtures.applicationBody;
import static org.assertj.core.api.Assertions.assertThat;

/** The command API over real HTTP against the real event store on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {CommandServiceApplication.CONFIG_NAMES, "alliance.snapshot-threshold=5"})
class CommandApiTest {

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
    RecordedEvents events;

    @BeforeEach
    void foundAlliance() {
        TestAlliance founded = TestAlliance.found(port);
        operator = founded.operator();
        alliance = founded.id();
        events = new RecordedEvents(jdbc);
    }

    String votes(String application) {
        return "/api/alliances/" + alliance + "/applications/" + application + "/votes";
    }

    @Test
    void membershipByVoteAnswersWithTallyOutcomeAndVersion() {
        Api.Response applied = operator.post(applications(), applicationBody("app-1", YINGYUAN.id()));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(applied.json().get("tally").get("eligible").asInt()).isEqualTo(3);
        operator.post(votes("app-1"), Map.of("voter", YIHAI.id(), "decision", "FOR", "castOn", "2022-08-05"));
        operator.post(votes("app-1"), Map.of("voter", BAIXIANG.id(), "decision", "ABSTAIN", "castOn", "2022-08-05"));
        Api.Response last = operator.post(votes("app-1"), Map.of("voter", JINMAILANG.id(), "decision", "FOR", "castOn", "2022-08-05"));

        assertThat(last.status()).isEqualTo(200);
        JsonNode answer = last.json();
        assertThat(answer.get("allianceId").asString()).isEqualTo(alliance);
        assertThat(answer.get("version").asLong()).as("founding, application, three votes, approval, admission")
                .isGreaterThanOrEqualTo(7).isEqualTo(events.versionAfterLast(alliance, MemberAdmitted.class));
        assertThat(answer.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(answer.get("tally").get("for").asInt()).isEqualTo(2);
        assertThat(answer.get("tally").get("abstain").asInt()).isEqualTo(1);
    }

    @Test
    void commandsAreTimedByTypeAndOutcome() {
        operator.post(applications(), applicationBody("app-1", YINGYUAN.id()));
        operator.post(applications(), applicationBody("app-2", YIHAI.id()));
        String metrics = Api.at(port).as("admin").get("/actuator/prometheus").body();
        assertThat(metrics).contains("alliance_commands_seconds_count{command=\"ApplyForMembership\",outcome=\"success\"}",
                                     "alliance_commands_seconds_count{command=\"ApplyForMembership\",outcome=\"refused\"}",
                                     "alliance_commands_seconds_count{command=\"FoundAlliance\",outcome=\"success\"}");
    }

    @Test
    void repeatingACreateWithTheSameBodyAnswersTheSameAndRecordsNothing() {
        long before = events.count();
        Api.Response again = operator.post("/api/alliances", foundingBody(alliance, "0.50", YIHAI.id(), BAIXIANG.id(), JINMAILANG.id()));
        assertThat(again.status()).isEqualTo(201);
        // the alliance's version now: 1, or more once a deadline recorded its long-past term or meeting as overdue
        assertThat(again.json().get("version").asLong()).isBetween(1L, events.head(alliance));
        operator.post(applications(), applicationBody("app-1", YINGYUAN.id()));
        Api.Response applyAgain = operator.post(applications(), applicationBody("app-1", YINGYUAN.id()));
        assertThat(applyAgain.status()).isEqualTo(201);
        operator.post(votes("app-1"), Map.of("voter", YIHAI.id(), "decision", "FOR", "castOn", "2022-08-05"));
        Api.Response voteAgain = operator.post(votes("app-1"), Map.of("voter", YIHAI.id(), "decision", "FOR", "castOn", "2022-08-05"));
        assertThat(voteAgain.status()).isEqualTo(200);
        assertThat(events.count()).isEqualTo(before + 2);
    }

    /** A request sent to this test's alliance; {@code given} is what is recorded before the mistake. */
    interface Request {
        Api.Response send(CommandApiTest api) throws Exception;
    }

    record Mistake(String rule, int status, String code, Request given, Request request) {

        static Mistake of(String rule, int status, String code, Request request) {
            return new Mistake(rule, status, code, null, request);
        }

        Mistake after(Request given) {
            return new Mistake(rule, status, code, given, request);
        }

        @Override
        public String toString() {
            return rule;
        }
    }

    String applications() {
        return "/api/alliances/" + alliance + "/applications";
    }

    String path(String rest) {
        return "/api/alliances/" + alliance + rest;
    }

    void assertRefused(Mistake mistake) throws Exception {
        if (mistake.given() != null) {
            Api.Response given = mistake.given().send(this);
            assertThat(given.status()).as(given.toString()).isBetween(200, 201);
        }
        events.refused(mistake.status(), mistake.code(), () -> mistake.request().send(this));
    }

    static Stream<Mistake> membershipMistakes() {
        Request withdrawn = t -> t.operator.post(t.path("/applications/app-1/withdrawal"), Map.of("withdrawnOn", "2022-08-06"));
        return Stream.of(
                Mistake.of("unparseable JSON is MALFORMED_REQUEST", 400, "MALFORMED_REQUEST",
                           t -> t.operator.offContract().post(t.applications(), "{\"applicationId\": ")),
                Mistake.of("a string where an object belongs is MALFORMED_REQUEST", 400, "MALFORMED_REQUEST",
                           t -> t.operator.offContract().post(t.applications(), "{\"enterprise\": \"not an object\"}")),
                Mistake.of("an unknown decision is MALFORMED_REQUEST", 400, "MALFORMED_REQUEST",
                           t -> t.operator.offContract().post(t.votes("app-1"), Map.of("voter", BAIXIANG.id(), "decision", "MAYBE"))),
                Mistake.of("an application id of .. is VALIDATION_FAILED: no path could name it", 400, "VALIDATION_FAILED",
                           t -> t.operator.offContract().post(t.applications(), applicationBody("..", YINGYUAN.id()))),
                Mistake.of("an application id of . is VALIDATION_FAILED: no path could name it", 400, "VALIDATION_FAILED",
                           t -> t.operator.offContract().post(t.applications(), applicationBody(".", YINGYUAN.id()))),
                Mistake.of("a vote cast after today is VALIDATION_FAILED", 400, "VALIDATION_FAILED",
                           t -> t.operator.offContract().post(t.votes("app-1"),
                                   Map.of("voter", BAIXIANG.id(), "decision", "FOR", "castOn", "2999-01-01"))),
                Mistake.of("a founding with a malformed id and a quorum above one is VALIDATION_FAILED", 400, "VALIDATION_FAILED",
                           t -> t.operator.offContract().post("/api/alliances", foundingBody("bad id!", "1.5", YIHAI.id(), BAIXIANG.id()))),
                Mistake.of("a caller who did not authenticate is UNAUTHENTICATED", 401, "UNAUTHENTICATED",
                           t -> Api.at(t.port).post(t.applications(), applicationBody("app-2", YUDA.id()))),
                Mistake.of("a viewer may not send commands: FORBIDDEN", 403, "FORBIDDEN",
                           t -> Api.at(t.port).as("viewer").post(t.applications(), applicationBody("app-2", YUDA.id()))),
                Mistake.of("applying to no alliance is ALLIANCE_NOT_FOUND", 404, "ALLIANCE_NOT_FOUND",
                           t -> t.operator.post("/api/alliances/nowhere/applications", applicationBody("app-2", YUDA.id()))),
                Mistake.of("voting on no application is APPLICATION_NOT_FOUND", 404, "APPLICATION_NOT_FOUND",
                           t -> t.operator.post(t.votes("app-none"), Map.of("voter", BAIXIANG.id(), "decision", "FOR"))),
                Mistake.of("a member may not apply: ALREADY_MEMBER", 409, "ALREADY_MEMBER",
                           t -> t.operator.post(t.applications(), applicationBody("app-2", YIHAI.id()))),
                Mistake.of("one open application per enterprise: APPLICATION_ALREADY_OPEN", 409, "APPLICATION_ALREADY_OPEN",
                           t -> t.operator.post(t.applications(), applicationBody("app-2", YINGYUAN.id()))),
                Mistake.of("an application id reused for another body is ID_ALREADY_USED", 409, "ID_ALREADY_USED",
                           t -> t.operator.post(t.applications(), applicationBody("app-1", YUDA.id()))),
                Mistake.of("an alliance id reused for another charter is ID_ALREADY_USED", 409, "ID_ALREADY_USED",
                           t -> t.operator.post("/api/alliances",
                                                foundingBody(t.alliance, "0.6", YIHAI.id(), BAIXIANG.id(), JINMAILANG.id()))),
                Mistake.of("only the electorate fixed at filing votes: NOT_ELIGIBLE_TO_VOTE", 409, "NOT_ELIGIBLE_TO_VOTE",
                           t -> t.operator.post(t.votes("app-1"),
                                                Map.of("voter", YUDA.id(), "decision", "FOR", "castOn", "2022-08-05"))),
                Mistake.of("an elector votes once: ALREADY_VOTED", 409, "ALREADY_VOTED",
                           t -> t.operator.post(t.votes("app-1"),
                                                Map.of("voter", YIHAI.id(), "decision", "AGAINST", "castOn", "2022-08-05"))),
                Mistake.of("a vote before its application is DATE_OUT_OF_ORDER", 409, "DATE_OUT_OF_ORDER",
                           t -> t.operator.post(t.votes("app-1"),
                                                Map.of("voter", BAIXIANG.id(), "decision", "FOR", "castOn", "2022-07-19"))),
                Mistake.of("an application before the founding is DATE_OUT_OF_ORDER", 409, "DATE_OUT_OF_ORDER",
                           t -> t.operator.post(t.applications(), Map.of("applicationId", "app-3", "filedOn", "2021-01-01",
                                                                          "enterprise", Map.of("id", YUDA.id(), "name", "育达")))),
                Mistake.of("a withdrawn application takes no vote: APPLICATION_CLOSED", 409, "APPLICATION_CLOSED",
                           t -> t.operator.post(t.votes("app-1"),
                                                Map.of("voter", BAIXIANG.id(), "decision", "FOR", "castOn", "2022-08-06")))
                        .after(withdrawn),
                Mistake.of("a withdrawn application cannot be closed: APPLICATION_CLOSED", 409, "APPLICATION_CLOSED",
                           t -> t.operator.post(t.path("/applications/app-1/close"), Map.of()))
                        .after(withdrawn),
                Mistake.of("a body over the size limit is PAYLOAD_TOO_LARGE", 413, "PAYLOAD_TOO_LARGE",
                           t -> t.operator.offContract().post(t.applications(),
                                   Map.of("applicationId", "app-4", "statement", "长".repeat(70_000),
                                          "enterprise", Map.of("id", YUDA.id(), "name", "育达")))),
                Mistake.of("an answer the client cannot read is NOT_ACCEPTABLE", 406, "NOT_ACCEPTABLE",
                           t -> t.operator.offContract().send(t.operator.request(t.applications())
                                   .header("Content-Type", "application/json").header("Accept", "image/png")
                                   .POST(HttpRequest.BodyPublishers.ofString(
                                           Api.JSON.writeValueAsString(applicationBody("app-5", YUDA.id())))))),
                Mistake.of("a body that is not JSON is UNSUPPORTED_MEDIA_TYPE", 415, "UNSUPPORTED_MEDIA_TYPE",
                           t -> t.operator.offContract().send(t.operator.request(t.applications())
                                   .header("Content-Type", "text/plain")
                                   .POST(HttpRequest.BodyPublishers.ofString("hello", StandardCharsets.UTF_8)))));
    }

    /** Each mistake on an alliance with application app-1 open and Yihai's vote cast for it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("membershipMistakes")
    void aMembershipMistakeIsAProblemWithItsStableCodeAndRecordsNothing(Mistake mistake) throws Exception {
        assertThat(operator.post(applications(), applicationBody("app-1", YINGYUAN.id())).status()).isEqualTo(201);
        assertThat(operator.post(votes("app-1"), Map.of("voter", YIHAI.id(), "decision", "FOR", "castOn", "2022-08-05"))
                           .status()).isEqualTo(200);
        assertRefused(mistake);
    }

    @Test
    void anInvalidFieldIsNamedInTheProblemWithItsOwnCode() throws Exception {
        JsonNode invalid = events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(applications(),
                Map.of("enterprise", Map.of("id", "91370812QEP32RR48X", "name", ""))));
        assertThat(invalid.get("errors").toString()).contains("enterprise.id", "INVALID_ENTERPRISE_ID", "enterprise.name");
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

    @Test
    void aDealIdRecordsOnceAndAnotherBodyUnderItIsRefused() throws Exception {
        String deals = "/api/alliances/" + alliance + "/deals";
        Api.Response first = operator.post(deals, dealBody("deal-oil", YIHAI.id(), BAIXIANG.id(), "大豆油 soybean oil"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo(deals + "/deal-oil");
        long before = events.count();
        Api.Response again = operator.post(deals, dealBody("deal-oil", YIHAI.id(), BAIXIANG.id(), "大豆油 soybean oil"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("version").asLong()).isEqualTo(first.json().get("version").asLong());
        assertThat(events.count()).isEqualTo(before);
        events.refused(409, "ID_ALREADY_USED", () -> operator.post(deals, dealBody("deal-oil", YIHAI.id(), BAIXIANG.id(), "菜籽油 rapeseed oil")));
        Api.Response generated = operator.post(deals, Map.of("from", YIHAI.id(), "to", JINMAILANG.id(), "kind", "OTHER",
                                                             "subject", "联合培训 joint training"));
        assertThat(generated.json().get("dealId").asString()).hasSize(36);
    }

    static Stream<Mistake> rotationDealAndWithdrawalMistakes() {
        String handovers = "/rotation/handovers";
        String deals = "/deals";
        String withdrawal = "/members/%s/withdrawal";
        return Stream.of(
                Mistake.of("only the current chair hands over: NOT_CURRENT_CHAIR", 409, "NOT_CURRENT_CHAIR",
                           t -> t.operator.post(t.path(handovers), Map.of("from", YIHAI.id(), "to", JINMAILANG.id()))),
                Mistake.of("the chair hands over only to a member: NOT_A_MEMBER", 409, "NOT_A_MEMBER",
                           t -> t.operator.post(t.path(handovers), Map.of("from", BAIXIANG.id(), "to", YUDA.id()))),
                Mistake.of("the chair cannot hand over to itself: SAME_ENTERPRISE", 409, "SAME_ENTERPRISE",
                           t -> t.operator.post(t.path(handovers), Map.of("from", BAIXIANG.id(), "to", BAIXIANG.id()))),
                Mistake.of("a handover before the current term began is DATE_OUT_OF_ORDER", 409, "DATE_OUT_OF_ORDER",
                           t -> t.operator.post(t.path(handovers),
                                                Map.of("from", BAIXIANG.id(), "to", YIHAI.id(), "effectiveOn", "2022-04-20"))),
                Mistake.of("a handover after today is VALIDATION_FAILED", 400, "VALIDATION_FAILED",
                           t -> t.operator.offContract().post(t.path(handovers),
                                   Map.of("from", BAIXIANG.id(), "to", YIHAI.id(), "effectiveOn", "2999-01-01"))),
                Mistake.of("a deal with a non-member is NOT_A_MEMBER", 409, "NOT_A_MEMBER",
                           t -> t.operator.post(t.path(deals), dealBody("d-1", YIHAI.id(), YUDA.id(), "油"))),
                Mistake.of("a deal needs two different members: SAME_ENTERPRISE", 409, "SAME_ENTERPRISE",
                           t -> t.operator.post(t.path(deals), dealBody("d-1", YIHAI.id(), YIHAI.id(), "油"))),
                Mistake.of("an unknown kind of deal is MALFORMED_REQUEST", 400, "MALFORMED_REQUEST",
                           t -> t.operator.offContract().post(t.path(deals),
                                   Map.of("from", YIHAI.id(), "to", BAIXIANG.id(), "kind", "BARTER", "subject", "油"))),
                Mistake.of("a quantity below zero is VALIDATION_FAILED", 400, "VALIDATION_FAILED",
                           t -> t.operator.offContract().post(t.path(deals), Map.of("from", YIHAI.id(), "to", BAIXIANG.id(),
                                   "kind", "SUPPLY", "subject", "油", "quantity", Map.of("amount", -1, "unit", "t")))),
                Mistake.of("a deal in no alliance is ALLIANCE_NOT_FOUND", 404, "ALLIANCE_NOT_FOUND",
                           t -> t.operator.post("/api/alliances/nowhere/deals", dealBody("d-1", YIHAI.id(), BAIXIANG.id(), "油"))),
                Mistake.of("the chair must hand over before leaving: CHAIR_MUST_HAND_OVER_FIRST", 409, "CHAIR_MUST_HAND_OVER_FIRST",
                           t -> t.operator.post(t.path(withdrawal.formatted(BAIXIANG.id())), Map.of())),
                Mistake.of("only a member leaves: MEMBER_NOT_FOUND", 404, "MEMBER_NOT_FOUND",
                           t -> t.operator.post(t.path(withdrawal.formatted(YUDA.id())), Map.of())),
                Mistake.of("a member is named by its credit code: VALIDATION_FAILED", 400, "VALIDATION_FAILED",
                           t -> t.operator.offContract().post(t.path(withdrawal.formatted("not-a-code")), Map.of())),
                Mistake.of("leaving before joining is DATE_OUT_OF_ORDER", 409, "DATE_OUT_OF_ORDER",
                           t -> t.operator.post(t.path(withdrawal.formatted(YIHAI.id())), Map.of("effectiveOn", "2021-12-31"))),
                Mistake.of("a member who left records no deals: NOT_A_MEMBER", 409, "NOT_A_MEMBER",
                           t -> t.operator.post(t.path(deals), dealBody("d-2", BAIXIANG.id(), YIHAI.id(), "油")))
                        .after(t -> {
                            Api.Response handedOver = t.operator.post(t.path(handovers), Map.of(
                                    "from", BAIXIANG.id(), "to", YIHAI.id(), "effectiveOn", "2022-07-01", "note", "轮值旗交接"));
                            assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
                            return t.operator.post(t.path(withdrawal.formatted(BAIXIANG.id())),
                                                   Map.of("effectiveOn", "2022-08-01", "reason", "经营调整"));
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rotationDealAndWithdrawalMistakes")
    void aRotationDealOrWithdrawalMistakeIsAProblemWithItsStableCodeAndRecordsNothing(Mistake mistake) throws Exception {
        assertRefused(mistake);
    }

    @Test
    void eventsRecordTheCallerTheCorrelationAndTheCauseAndKeepChineseTextByteForByte() {
        operator.send(operator.request(applications())
                .header("Content-Type", "application/json")
                .header("X-Correlation-Id", "meeting-2023-01-11")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(applicationBody("app-1", YINGYUAN.id())),
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
        assertThat(operator.post("/api/alliances", foundingBody(big, "1", codes.toArray(String[]::new))).status()).isEqualTo(201);
        assertThat(operator.post("/api/alliances/" + big + "/applications", applicationBody("app-big", YINGYUAN.id())).status())
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
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type NOT LIKE '%Overdue'",
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
