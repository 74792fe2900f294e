package org.allianceledger.query;

import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.ApplicationWithdrawn;
import org.allianceledger.events.Charter;
import org.allianceledger.events.DealKind;
import org.allianceledger.events.DealRecorded;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.Quantity;
import org.allianceledger.events.Recurrence;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.RotationOverdue;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.events.VotingRule;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.PublishedDocuments;
import org.allianceledger.platform.testing.TestDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The read models, filled from events in the real event store, read over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {QueryServiceApplication.CONFIG_NAMES, "alliance.read-your-writes.max-wait=1s"})
class QueryApiTest {

    static final Enterprise YIHAI = new Enterprise("91370812G890PMMGXK", "益海嘉里", "grain and edible oil");
    static final Enterprise BAIXIANG = new Enterprise("9137081237GMLL666A", "白象食品", "instant noodles");
    static final Enterprise YINGYUAN = new Enterprise("91370812QEP32RR48W", "櫻源有限公司", "prepared and cooked foods");
    static final Enterprise YUDA = new Enterprise("91370812DLQHKRPF9D", "山东育达健康科技股份有限公司", "medical devices");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "query_api");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    Api viewer;
    String alliance;
    final List<Object> history = new ArrayList<>();

    @BeforeEach
    void setUp() {
        viewer = Api.at(port).as("viewer");
        alliance = "q-" + UUID.randomUUID();
    }

    /** Appends events to the alliance's stream as the command side would, and returns its version. */
    long record(Object... events) {
        for (Object event : events) {
            eventStore.publish(new GenericDomainEventMessage<>("Alliance", alliance, history.size(), event));
            history.add(event);
        }
        return history.size();
    }

    void yingyuanAdmittedOn(LocalDate day) {
        record(new AllianceFounded(alliance, "兖州区食品药品产业链党建联盟", "food and drug", "兖州区", LocalDate.of(2022, 4, 21),
                                   List.of("兖州区市场监督管理局党组"),
                                   new Charter(VotingRule.SIMPLE_MAJORITY, new BigDecimal("0.5"), 2, 14),
                                   List.of(YIHAI, BAIXIANG), BAIXIANG.id()),
               new MembershipApplied(alliance, "app-y", YINGYUAN, LocalDate.of(2022, 12, 20), "申请加入联盟",
                                     List.of(BAIXIANG.id(), YIHAI.id()), Instant.parse("2023-01-03T00:00:00Z")),
               new VoteCast(alliance, "app-y", YIHAI.id(), VoteDecision.FOR, day),
               new VoteCast(alliance, "app-y", BAIXIANG.id(), VoteDecision.ABSTAIN, day),
               new ApplicationApproved(alliance, "app-y", YINGYUAN.id(), day, new Tally(1, 0, 1, 2), VoteClosure.ALL_VOTED),
               new MemberAdmitted(alliance, YINGYUAN, day, "app-y"));
    }

    String path(String rest) {
        return "/api/alliances/" + alliance + rest;
    }

    @Test
    void membersAreListedNowAndAsOfAnyDay() {
        yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));

        JsonNode now = viewer.get(path("/members?minVersion=6")).json();
        assertThat(now.get("count").asInt()).isEqualTo(3);
        JsonNode yingyuan = now.get("members").get(2);
        assertThat(yingyuan.get("name").asString()).isEqualTo("櫻源有限公司");
        assertThat(yingyuan.get("memberSince").asString()).isEqualTo("2023-01-11");
        assertThat(yingyuan.get("admittedBy").asString()).isEqualTo("VOTE");
        assertThat(now.get("members").get(0).get("admittedBy").asString()).isEqualTo("FOUNDING");

        assertThat(viewer.get(path("/members?asOf=2023-01-10")).json().get("count").asInt()).isEqualTo(2);
        assertThat(viewer.get(path("/members?asOf=2023-01-11")).json().get("count").asInt()).isEqualTo(3);
        assertThat(viewer.get(path("/members?asOf=2022-04-20")).json().get("count").asInt()).isZero();
    }

    @Test
    void applicationsShowTheirTallyVotesAndOutcome() {
        yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));
        record(new MembershipApplied(alliance, "app-yuda", YUDA, LocalDate.of(2023, 2, 1), null,
                                     List.of(BAIXIANG.id(), YIHAI.id(), YINGYUAN.id()), Instant.parse("2023-02-15T00:00:00Z")),
               new VoteCast(alliance, "app-yuda", YINGYUAN.id(), VoteDecision.AGAINST, LocalDate.of(2023, 2, 2)));

        JsonNode all = viewer.get(path("/applications?minVersion=8")).json();
        assertThat(all.get("count").asInt()).isEqualTo(2);
        JsonNode approved = all.get("applications").get(0);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("tally").toString()).isEqualTo("{\"for\":1,\"against\":0,\"abstain\":1,\"eligible\":2}");
        assertThat(approved.get("votes").get(0).get("voterName").asString()).isEqualTo("益海嘉里");
        assertThat(approved.get("statement").asString()).isEqualTo("申请加入联盟");

        JsonNode open = viewer.get(path("/applications?status=OPEN")).json();
        assertThat(open.get("count").asInt()).isEqualTo(1);
        assertThat(open.get("applications").get(0).get("tally").get("against").asInt()).isEqualTo(1);
        assertThat(open.get("applications").get(0).get("outcome").isNull()).isTrue();

        record(new ApplicationWithdrawn(alliance, "app-yuda", YUDA.id(), LocalDate.of(2023, 2, 3)));
        assertThat(viewer.get(path("/applications?status=OPEN&minVersion=9")).json().get("count").asInt()).isZero();
        assertThat(viewer.get(path("/applications/app-yuda")).json().get("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void theAllianceShowsItsCharterCountsChairAndVersion() {
        yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));
        JsonNode view = viewer.get(path("?minVersion=6")).json();
        assertThat(view.get("version").asLong()).isEqualTo(6);
        assertThat(view.get("memberCount").asInt()).isEqualTo(3);
        assertThat(view.get("chair").asString()).isEqualTo(BAIXIANG.id());
        assertThat(view.get("termEnds").asString()).isEqualTo("2022-06-21");
        assertThat(view.get("charter").get("quorum").asString()).isEqualTo("0.5");
        assertThat(view.get("leadingBodies").get(0).asString()).isEqualTo("兖州区市场监督管理局党组");
        JsonNode list = viewer.get("/api/alliances").json().get("alliances");
        assertThat(list.toString()).contains(alliance, "兖州区食品药品产业链党建联盟");
    }

    @Test
    void anEnterpriseShowsItsMembershipsAcrossAlliances() {
        yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));
        viewer.get(path("?minVersion=6"));
        JsonNode yingyuan = viewer.get("/api/enterprises/" + YINGYUAN.id()).json();
        assertThat(yingyuan.get("name").asString()).isEqualTo("櫻源有限公司");
        assertThat(yingyuan.get("memberships").toString()).contains(alliance, "2023-01-11", "VOTE");
        assertThat(yingyuan.get("applications").toString()).contains("app-y", "APPROVED");
    }

    @Test
    void aClientThatAsksForAVersionNotYetAppliedIsToldTheAnswerIsStale() {
        yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));
        viewer.get(path("?minVersion=6"));
        Api.Response stale = viewer.get(path("/members?minVersion=99"));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.header("Read-Model-Stale")).isEqualTo("true");
        assertThat(viewer.get(path("/members?minVersion=6")).header("Read-Model-Stale")).isNull();
    }

    static final Enterprise JINMAILANG = new Enterprise("91370812C11PDWNU6G", "今麦郎", "instant noodles and drinks");

    void foundedWithThree() {
        record(new AllianceFounded(alliance, "兖州区食品药品产业链党建联盟", "food and drug", "兖州区", LocalDate.of(2022, 4, 21),
                                   List.of(), new Charter(VotingRule.SIMPLE_MAJORITY, new BigDecimal("0.5"), 2, 14),
                                   List.of(YIHAI, BAIXIANG, JINMAILANG), BAIXIANG.id()));
    }

    DealRecorded deal(String id, Enterprise from, Enterprise to, DealKind kind, LocalDate signedOn) {
        return new DealRecorded(alliance, id, from.id(), to.id(), kind, "食用油 " + id, new Quantity(BigDecimal.TEN, "t"),
                                Recurrence.MONTHLY, new BigDecimal("1000.50"), signedOn, null);
    }

    @Test
    void theChairHasItsTermsOverdueFlagAndHistory() {
        foundedWithThree();
        long version = record(
                new RotationOverdue(alliance, BAIXIANG.id(), LocalDate.of(2022, 4, 21), LocalDate.of(2022, 6, 21)),
                new RotationHandedOver(alliance, BAIXIANG.id(), JINMAILANG.id(), LocalDate.of(2022, 7, 1),
                                       LocalDate.of(2022, 9, 1), "交接轮值旗"));
        JsonNode chair = viewer.get(path("/chair?minVersion=" + version)).json();
        assertThat(chair.get("chair").asString()).isEqualTo(JINMAILANG.id());
        assertThat(chair.get("name").asString()).isEqualTo("今麦郎");
        assertThat(chair.get("termEnds").asString()).isEqualTo("2022-09-01");
        assertThat(chair.get("overdue").asBoolean()).isFalse();
        assertThat(chair.get("history")).hasSize(2);
        assertThat(chair.get("history").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(chair.get("history").get(0).get("endedOn").asString()).isEqualTo("2022-07-01");
        assertThat(chair.get("history").get(1).get("note").asString()).isEqualTo("交接轮值旗");

        JsonNode june = viewer.get(path("/chair?asOf=2022-06-30")).json();
        assertThat(june.get("chair").asString()).isEqualTo(BAIXIANG.id());
        assertThat(june.get("overdue").asBoolean()).as("its term ended 2022-06-21").isTrue();
        assertThat(viewer.get(path("/chair?asOf=2022-06-20")).json().get("overdue").asBoolean()).isFalse();
        assertThat(viewer.get(path("/chair?asOf=2022-07-01")).json().get("chair").asString()).isEqualTo(JINMAILANG.id());
        assertThat(viewer.get(path("/chair?asOf=2022-04-20")).json().has("chair")).isFalse();
        assertThat(viewer.get(path("")).json().get("chair").asString()).isEqualTo(JINMAILANG.id());
    }

    @Test
    void dealsAreNewestFirstPagedAndFiltered() {
        foundedWithThree();
        long version = record(deal("d1", YIHAI, BAIXIANG, DealKind.SUPPLY, LocalDate.of(2022, 6, 15)),
                              deal("d2", YIHAI, JINMAILANG, DealKind.SUPPLY, LocalDate.of(2022, 10, 8)),
                              deal("d3", JINMAILANG, BAIXIANG, DealKind.LONG_TERM_AGREEMENT, LocalDate.of(2022, 9, 20)));
        JsonNode page = viewer.get(path("/deals?size=2&minVersion=" + version)).json();
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("deals").get(0).get("dealId").asString()).isEqualTo("d2");
        assertThat(page.get("deals").get(1).get("dealId").asString()).isEqualTo("d3");
        assertThat(page.get("deals").get(0).get("from").get("name").asString()).isEqualTo("益海嘉里");
        assertThat(page.get("deals").get(0).get("quantity").toString()).isEqualTo("{\"amount\":10,\"unit\":\"t\"}");
        assertThat(viewer.get(path("/deals?size=2&page=1")).json().get("deals").get(0).get("dealId").asString())
                .isEqualTo("d1");
        assertThat(viewer.get(path("/deals?member=" + JINMAILANG.id())).json().get("total").asInt()).isEqualTo(2);
        assertThat(viewer.get(path("/deals?kind=LONG_TERM_AGREEMENT")).json().get("total").asInt()).isEqualTo(1);
        assertThat(viewer.offContract().get(path("/deals?size=501")).status()).isEqualTo(400);
        assertThat(viewer.get(path("")).json().get("dealCount").asInt()).isEqualTo(3);
    }

    @Test
    void aMemberWhoLeftDropsOutOfMembersAndTakesItsDealsOutOfTheChains() {
        foundedWithThree();
        long version = record(deal("d1", YIHAI, BAIXIANG, DealKind.SUPPLY, LocalDate.of(2022, 6, 15)),
                              deal("d2", BAIXIANG, JINMAILANG, DealKind.DISTRIBUTION, LocalDate.of(2022, 7, 15)),
                              new MemberWithdrew(alliance, YIHAI.id(), LocalDate.of(2022, 9, 1), "业务调整"));
        JsonNode chains = viewer.get(path("/chains?minVersion=" + version)).json();
        assertThat(chains.get("edges")).hasSize(1);
        assertThat(chains.get("chains").get(0).get("paths").get(0).toString())
                .isEqualTo("[\"" + BAIXIANG.id() + "\",\"" + JINMAILANG.id() + "\"]");
        JsonNode before = viewer.get(path("/chains?asOf=2022-08-31")).json();
        assertThat(before.get("chains").get(0).get("paths").get(0)).hasSize(3);
        assertThat(before.get("chains").get(0).get("tiers").toString())
                .isEqualTo("[[\"" + YIHAI.id() + "\"],[\"" + BAIXIANG.id() + "\"],[\"" + JINMAILANG.id() + "\"]]");
        assertThat(viewer.get(path("/chains?asOf=2022-06-30")).json().get("edges")).hasSize(1);

        assertThat(viewer.get(path("/members")).json().get("count").asInt()).isEqualTo(2);
        assertThat(viewer.get(path("/members?asOf=2022-08-31")).json().get("count").asInt()).isEqualTo(3);
        assertThat(viewer.get(path("/members?asOf=2022-09-01")).json().get("count").asInt()).isEqualTo(2);
        JsonNode yihai = viewer.get("/api/enterprises/" + YIHAI.id()).json();
        assertThat(yihai.get("memberships").toString()).contains("\"leftOn\":\"2022-09-01\"", "\"current\":false");
    }

    @Test
    void unknownThingsAndBadQueriesAreProblems() {
        yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));
        viewer.get(path("?minVersion=6"));
        assertThat(viewer.get("/api/alliances/nowhere").json().get("code").asString()).isEqualTo("ALLIANCE_NOT_FOUND");
        assertThat(viewer.get("/api/alliances/nowhere/members").json().get("code").asString()).isEqualTo("ALLIANCE_NOT_FOUND");
        assertThat(viewer.get(path("/applications/none")).json().get("code").asString()).isEqualTo("APPLICATION_NOT_FOUND");
        assertThat(viewer.get("/api/enterprises/91350100M000100Y43").json().get("code").asString()).isEqualTo("ENTERPRISE_NOT_FOUND");
        Api.Response badCode = viewer.get("/api/enterprises/91370812QEP32RR48X");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.body()).contains("INVALID_ENTERPRISE_ID");
        assertThat(viewer.offContract().get(path("/members?asOf=yesterday")).json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(viewer.offContract().get(path("/applications?status=PENDING")).status()).isEqualTo(400);
        assertThat(Api.at(port).get(path("")).status()).isEqualTo(401);
        assertThat(Api.at(port).as("operator").get(path("")).status()).isEqualTo(403);
        assertThat(Api.at(port).get("/actuator/health").status()).isEqualTo(200);
        assertThat(Api.at(port).get("/actuator/health").json().has("components")).as("details are for admins").isFalse();
        JsonNode health = Api.at(port).as("admin").get("/actuator/health").json();
        assertThat(health.get("components").get("projections").get("status").asString()).isEqualTo("UP");
        assertThat(Api.at(port).as("admin").get("/actuator/prometheus").body()).contains("alliance_projection_lag");
        assertThat(Api.at(port).get("/v3/api-docs").body()).contains("/api/alliances/{allianceId}/members");
    }

    /** docs/openapi/query-service.json is what the service publishes; one operation serves three representations. */
    @Test
    void thePublishedDocumentIsTheCommittedOneAndSaysWhatIsSent() {
        JsonNode document = PublishedDocuments.assertCommitted(viewer, "query-service");
        PublishedDocuments.assertFollowsTheRules(document);
        JsonNode events = document.at("/paths/~1api~1audit~1alliances~1{allianceId}~1events/get");
        assertThat(events.get("operationId").asString()).isEqualTo("exportAuditEvents");
        assertThat(events.at("/responses/200/content").propertyNames())
                .containsExactlyInAnyOrder("application/json", "text/csv", "application/x-ndjson");
        assertThat(document.at("/paths/~1api~1alliances~1{allianceId}~1members/get/operationId").asString())
                .isEqualTo("listMembers");
        assertThat(document.at("/paths/~1api~1alliances~1{allianceId}~1live/get/responses/200/content").propertyNames())
                .containsExactly("text/event-stream");
        assertThat(document.at("/paths/~1api~1admin~1projections~1rebuild/post/responses").propertyNames())
                .contains("202", "409").doesNotContain("200");
        assertThat(document.at("/components/schemas/Page/properties/next/nullable").asBoolean()).isTrue();
        assertThat(document.at("/components/schemas/Application/properties/outcome/nullable").asBoolean()).isTrue();
        assertThat(document.at("/paths/~1api~1enterprises~1{enterpriseId}/get/parameters/0/schema/pattern").asString())
                .isEqualTo("^[0123456789ABCDEFGHJKLMNPQRTUWXY]{18}$");
    }

    @Test
    void emptyOrOutOfRangeQueryParametersAreRefusedForEveryRepresentation() {
        yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));
        viewer.get(path("?minVersion=6"));
        Api auditor = Api.at(port).as("auditor");
        String events = "/api/audit/alliances/" + alliance + "/events";
        List<String[]> refusals = List.of(
                new String[] {path("/members?asOf="), "asOf"}, new String[] {path("/chair?asOf="), "asOf"},
                new String[] {path("/chains?asOf="), "asOf"}, new String[] {path("/members?minVersion="), "minVersion"},
                new String[] {path("/applications?status="), "status"},
                new String[] {path("/applications?status=OPEN,,APPROVED"), "status"},
                new String[] {path("/applications?status=OPEN,"), "status"},
                new String[] {path("/deals?kind="), "kind"}, new String[] {path("/deals?size=0"), "size"},
                new String[] {path("/deals?size=501"), "size"}, new String[] {path("/deals?page=-1"), "page"},
                new String[] {path("/deals?page=99999999999"), "page"},
                new String[] {"/api/alliances/" + "a".repeat(65), "allianceId"});
        for (String[] refusal : refusals) {
            assertRefused(viewer.offContract().get(refusal[0]), refusal[1]);
        }
        for (String accept : List.of("application/json", "text/csv", "application/x-ndjson")) {
            for (String[] refusal : List.<String[]>of(new String[] {events + "?from=", "from"},
                                                      new String[] {events + "?type=VoteCast,,MemberAdmitted", "type"},
                                                      new String[] {events + "?type=", "type"},
                                                      new String[] {events + "?limit=0", "limit"},
                                                      new String[] {events + "?limit=1001", "limit"})) {
                if (accept.equals("application/json") || !refusal[0].contains("limit")) {
                    assertRefused(auditor.offContract().send(auditor.request(refusal[0]).header("Accept", accept).GET()), refusal[1]);
                }
            }
        }
        assertThat(viewer.get(path("/applications?status=OPEN,APPROVED")).status()).isEqualTo(200);
        assertThat(viewer.get(path("/deals?size=500&page=0")).status()).isEqualTo(200);
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.raw().uri() + " " + response).isEqualTo(400);
        assertThat(response.header("Content-Type")).as(response.raw().uri().toString()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().get("errors").findValuesAsString("field")).as(response.toString()).contains(field);
    }

    /** Exports stream as asynchronous requests: Tomcat's 30 s default cut a million-event CSV export short. */
    @Test
    void anAuditExportMayStreamForAnHour(@Autowired WebMvcProperties mvc) {
        assertThat(mvc.getAsync().getRequestTimeout()).isGreaterThanOrEqualTo(Duration.ofHours(1));
    }
}
