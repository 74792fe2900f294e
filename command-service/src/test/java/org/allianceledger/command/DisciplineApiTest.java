package org.allianceledger.command;

import org.allianceledger.events.RotationPlanned;
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
import java.util.List;
import java.util.Map;

import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YINGYUAN;
import static org.allianceledger.command.Yanzhou.YUDA;
import static org.allianceledger.command.deals.DealFixtures.dealBody;
import static org.allianceledger.command.membership.MembershipFixtures.applicationBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rotation plan, suspension, recusal and expulsion motions over real HTTP against the event store: each new
 * problem code with its status, and nothing recorded by a refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {CommandServiceApplication.CONFIG_NAMES})
class DisciplineApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "command_discipline");
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

    String path(String rest) {
        return "/api/alliances/" + alliance + rest;
    }

    Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    Api.Response putPlan(Api api, Object body) {
        return api.send(api.request(path("/rotation/plan")).header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body))));
    }

    @Test
    void aHandoverOffThePlanNeedsANote() throws Exception {
        Api.Response planned = ok(putPlan(operator, Map.of("order", List.of(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()),
                                                           "note", "按章程轮值")));
        assertThat(planned.json().get("version").asLong()).isEqualTo(events.versionAfterLast(alliance, RotationPlanned.class));
        events.refused(409, "NOTE_REQUIRED", () -> operator.post(path("/rotation/handovers"),
                Map.of("from", BAIXIANG.id(), "to", YIHAI.id(), "effectiveOn", "2022-07-01")));
        ok(operator.post(path("/rotation/handovers"),
                         Map.of("from", BAIXIANG.id(), "to", YIHAI.id(), "effectiveOn", "2022-07-01", "note", "今麦郎生产旺季")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%HandoverDeviatedFromPlan'",
                                       Long.class, alliance)).isEqualTo(1);
    }

    @Test
    void aPlanMistakeIsAProblemAndRecordsNothing() throws Exception {
        events.refused(409, "NOT_A_MEMBER", () -> putPlan(operator, Map.of("order", List.of(BAIXIANG.id(), YUDA.id()))));
        events.refused(400, "VALIDATION_FAILED", () -> putPlan(operator, Map.of("order", List.of(YIHAI.id(), YIHAI.id()))));
        events.refused(400, "VALIDATION_FAILED", () -> putPlan(operator, Map.of("order", List.of(YIHAI.id(), BAIXIANG.id()))));
        events.refused(400, "VALIDATION_FAILED", () -> putPlan(operator.offContract(), Map.of("order", List.of())));
        ok(putPlan(operator, Map.of("order", List.of(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()))));
        ok(operator.post(path("/rotation/plan/swaps"), Map.of("first", JINMAILANG.id(), "second", YIHAI.id())));
        events.refused(409, "SAME_ENTERPRISE", () -> operator.post(path("/rotation/plan/swaps"),
                                                                   Map.of("first", YIHAI.id(), "second", YIHAI.id())));
        events.refused(400, "VALIDATION_FAILED", () -> operator.post(path("/rotation/plan/swaps"),
                                                                     Map.of("first", YUDA.id(), "second", YIHAI.id())));
    }

    @Test
    void aSuspendedMemberNeitherVotesNorRecordsDeals() throws Exception {
        ok(operator.post(path("/applications"), applicationBody("app-1", YINGYUAN.id())));
        ok(operator.post(path("/members/" + YIHAI.id() + "/suspension"),
                         Map.of("from", "2022-08-01", "until", "2022-08-31", "reason", "拖欠会费")));
        events.refused(409, "MEMBER_SUSPENDED", () -> operator.post(path("/applications/app-1/votes"),
                Map.of("voter", YIHAI.id(), "decision", "FOR", "castOn", "2022-08-10")));
        events.refused(409, "MEMBER_SUSPENDED", () -> operator.post(path("/deals"),
                new java.util.HashMap<>(Map.of("from", YIHAI.id(), "to", BAIXIANG.id(), "kind", "SUPPLY",
                                                      "subject", "油", "signedOn", "2022-08-10"))));
        events.refused(409, "MEMBER_SUSPENDED", () -> operator.post(path("/members/" + YIHAI.id() + "/suspension"),
                Map.of("from", "2022-08-15", "reason", "再次违规")));
        events.refused(404, "MEMBER_NOT_FOUND", () -> operator.post(path("/members/" + YUDA.id() + "/suspension"),
                                                                    Map.of("reason", "拖欠会费")));
        events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/members/" + BAIXIANG.id() + "/suspension"),
                                                                                   Map.of("from", "2022-08-15")));
        ok(operator.post(path("/members/" + YIHAI.id() + "/suspension/lift"), Map.of("effectiveOn", "2022-08-20")));
        ok(operator.post(path("/applications/app-1/votes"),
                         Map.of("voter", YIHAI.id(), "decision", "FOR", "castOn", "2022-08-20")));
        ok(operator.post(path("/deals"), dealBody("d-1", YIHAI.id(), BAIXIANG.id(), "油")));
    }

    @Test
    void aRecusalAfterVotingIsAlreadyVotedAndTheRestDecide() throws Exception {
        ok(operator.post(path("/applications"), applicationBody("app-1", YINGYUAN.id())));
        ok(operator.post(path("/applications/app-1/votes"),
                         Map.of("voter", YIHAI.id(), "decision", "FOR", "castOn", "2022-08-05")));
        events.refused(409, "ALREADY_VOTED", () -> operator.post(path("/applications/app-1/recusals"),
                Map.of("voter", YIHAI.id(), "reason", "关联企业")));
        events.refused(409, "NOT_ELIGIBLE_TO_VOTE", () -> operator.post(path("/applications/app-1/recusals"),
                Map.of("voter", YUDA.id(), "reason", "关联企业")));
        ok(operator.post(path("/applications/app-1/votes"),
                         Map.of("voter", BAIXIANG.id(), "decision", "FOR", "castOn", "2022-08-05")));
        JsonNode closed = ok(operator.post(path("/applications/app-1/recusals"),
                                           Map.of("voter", JINMAILANG.id(), "reason", "与申请人存在关联关系"))).json();
        assertThat(closed.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(closed.get("tally").get("eligible").asInt()).isEqualTo(2);
    }

    @Test
    void anExpulsionIsFiledVotedAndDecided() throws Exception {
        events.refused(409, "CHAIR_MUST_HAND_OVER_FIRST", () -> operator.post(path("/motions"),
                Map.of("kind", "EXPULSION", "subject", BAIXIANG.id(), "statement", "违反章程")));
        events.refused(404, "MOTION_NOT_FOUND", () -> operator.post(path("/motions/m-none/votes"),
                Map.of("voter", YIHAI.id(), "decision", "FOR")));
        events.refused(404, "MOTION_NOT_FOUND", () -> operator.post(path("/motions/m-none/close"), Map.of()));
        events.refused(400, "MALFORMED_REQUEST", () -> operator.offContract().post(path("/motions"),
                Map.of("kind", "PROMOTION", "subject", YIHAI.id(), "statement", "违反章程")));
        Api.Response filed = ok(operator.post(path("/motions"), Map.of("motionId", "m-1", "kind", "EXPULSION",
                "subject", JINMAILANG.id(), "filedOn", "2022-07-20", "statement", "多次违反联盟章程")));
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.header("Location")).isEqualTo(path("/motions/m-1"));
        assertThat(filed.json().get("tally").get("eligible").asInt()).isEqualTo(2);
        events.refused(409, "NOT_ELIGIBLE_TO_VOTE", () -> operator.post(path("/motions/m-1/votes"),
                Map.of("voter", JINMAILANG.id(), "decision", "AGAINST", "castOn", "2022-07-25")));
        ok(operator.post(path("/motions/m-1/votes"), Map.of("voter", YIHAI.id(), "decision", "FOR", "castOn", "2022-07-25")));
        events.refused(409, "ALREADY_VOTED", () -> operator.post(path("/motions/m-1/recusals"),
                Map.of("voter", YIHAI.id(), "reason", "回避")));
        JsonNode decided = ok(operator.post(path("/motions/m-1/close"), Map.of("closedOn", "2022-07-26"))).json();
        assertThat(decided.get("outcome").asString()).isEqualTo("APPROVED");
        events.refused(409, "NOT_A_MEMBER", () -> operator.post(path("/deals"), dealBody("d-2", JINMAILANG.id(), YIHAI.id(), "面")));
    }
}
