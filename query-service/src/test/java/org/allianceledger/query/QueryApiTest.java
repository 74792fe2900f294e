package org.allianceledger.query;

import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.ApplicationWithdrawn;
import org.allianceledger.events.DealKind;
import org.allianceledger.events.DealRecorded;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.Quantity;
import org.allianceledger.events.Recurrence;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.RotationOverdue;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.PublishedDocuments;
import org.allianceledger.platform.testing.TestDatabase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.YINGYUAN;
import static org.allianceledger.query.QueryFixtures.YUDA;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/** The read models, filled from events in the real event store, read over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {QueryServiceApplication.CONFIG_NAMES, "alliance.read-your-writes.max-wait=1s"})
class QueryApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "query_api");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    Api viewer;
    AllianceStream stream;
    String alliance;

    @BeforeEach
    void setUp() {
        viewer = Api.at(port).as("viewer");
        stream = AllianceStream.fresh(eventStore, "q-");
        alliance = stream.id();
    }

    /** Appends events to the alliance's stream as the command side would, and returns its version. */
    long record(Object... events) {
        return stream.record(events);
    }

    /** Founded by 益海嘉里 and 白象食品; 櫻源 applied and was admitted on {@code day}: version 6. */
    long yingyuanAdmittedOn(LocalDate day) {
        return record(founded(alliance, List.of("兖州区市场监督管理局党组"), YIHAI, BAIXIANG),
                      new MembershipApplied(alliance, "app-y", YINGYUAN, LocalDate.of(2022, 12, 20), "申请加入联盟",
                                            List.of(BAIXIANG.id(), YIHAI.id()), Instant.parse("2023-01-03T00:00:00Z")),
                      new VoteCast(alliance, "app-y", YIHAI.id(), VoteDecision.FOR, day),
                      new VoteCast(alliance, "app-y", BAIXIANG.id(), VoteDecision.ABSTAIN, day),
                      new ApplicationApproved(alliance, "app-y", YINGYUAN.id(), day, new Tally(1, 0, 1, 2),
                                              VoteClosure.ALL_VOTED),
                      new MemberAdmitted(alliance, YINGYUAN, day, "app-y"));
    }

    long foundedWithThree() {
        return record(founded(alliance, YIHAI, BAIXIANG, JINMAILANG));
    }

    String path(String rest) {
        return stream.path(rest);
    }

    DealRecorded deal(String id, Enterprise from, Enterprise to, DealKind kind, LocalDate signedOn) {
        return new DealRecorded(alliance, id, from.id(), to.id(), kind, "食用油 " + id, new Quantity(BigDecimal.TEN, "t"),
                                Recurrence.MONTHLY, new BigDecimal("1000.50"), signedOn, null);
    }

    @Test
    void membersAreListedInTheOrderTheyJoinedWithHowTheyWereAdmitted() {
        long version = yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));

        JsonNode now = viewer.get(path("/members?minVersion=" + version)).json();
        assertThat(now.get("count").asInt()).isEqualTo(3);
        JsonNode yingyuan = now.get("members").get(2);
        assertThat(yingyuan.get("name").asString()).isEqualTo("櫻源有限公司");
        assertThat(yingyuan.get("memberSince").asString()).isEqualTo("2023-01-11");
        assertThat(yingyuan.get("admittedBy").asString()).isEqualTo("VOTE");
        assertThat(yingyuan.get("applicationId").asString()).isEqualTo("app-y");
        assertThat(now.get("members").get(0).get("admittedBy").asString()).isEqualTo("FOUNDING");
    }

    /** 櫻源 admitted on 2023-01-11, 益海嘉里 left on 2023-03-01. */
    @ParameterizedTest(name = "as of {0}: {1} members")
    @CsvSource({
            "2022-04-20, 0", // before the alliance was founded
            "2022-04-21, 2", // its founding day
            "2023-01-10, 2",
            "2023-01-11, 3", // admitted on it: counts
            "2023-02-28, 3",
            "2023-03-01, 2", // left on it: does not
            "'',         2", // now
    })
    void aMemberCountsFromTheDayItWasAdmittedUntilTheDayItLeft(String asOf, int count) {
        yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));
        long version = record(new MemberWithdrew(alliance, YIHAI.id(), LocalDate.of(2023, 3, 1), "业务调整"));
        String query = asOf.isEmpty() ? "" : "&asOf=" + asOf;

        JsonNode members = viewer.get(path("/members?minVersion=" + version + query)).json();
        assertThat(members.get("count").asInt()).isEqualTo(count);
        assertThat(members.get("members")).hasSize(count);
    }

    @Test
    void applicationsShowTheirTallyVotesAndOutcome() {
        yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));
        long version = record(new MembershipApplied(alliance, "app-yuda", YUDA, LocalDate.of(2023, 2, 1), null,
                                                    List.of(BAIXIANG.id(), YIHAI.id(), YINGYUAN.id()),
                                                    Instant.parse("2023-02-15T00:00:00Z")),
                              new VoteCast(alliance, "app-yuda", YINGYUAN.id(), VoteDecision.AGAINST, LocalDate.of(2023, 2, 2)));

        JsonNode all = viewer.get(path("/applications?minVersion=" + version)).json();
        assertThat(all.get("count").asInt()).isEqualTo(2);
        JsonNode approved = all.get("applications").get(0);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("tally").toString()).isEqualTo("{\"for\":1,\"against\":0,\"abstain\":1,\"eligible\":2}");
        // in the order recorded, which two events recorded in one millisecond do not tell apart (then by voter)
        assertThat(approved.get("votes").findValuesAsString("voterName")).containsExactlyInAnyOrder("益海嘉里", "白象食品");
        assertThat(approved.get("statement").asString()).isEqualTo("申请加入联盟");

        JsonNode open = viewer.get(path("/applications?status=OPEN")).json();
        assertThat(open.get("count").asInt()).isEqualTo(1);
        assertThat(open.get("applications").get(0).get("tally").get("against").asInt()).isEqualTo(1);
        assertThat(open.get("applications").get(0).get("outcome").isNull()).isTrue();
    }

    @Test
    void aWithdrawnApplicationIsNoLongerOpen() {
        yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));
        long version = record(new MembershipApplied(alliance, "app-yuda", YUDA, LocalDate.of(2023, 2, 1), null,
                                                    List.of(BAIXIANG.id(), YIHAI.id(), YINGYUAN.id()),
                                                    Instant.parse("2023-02-15T00:00:00Z")),
                              new ApplicationWithdrawn(alliance, "app-yuda", YUDA.id(), LocalDate.of(2023, 2, 3)));

        assertThat(viewer.get(path("/applications?status=OPEN&minVersion=" + version)).json().get("count").asInt()).isZero();
        assertThat(viewer.get(path("/applications/app-yuda")).json().get("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void theAllianceShowsItsCharterCountsChairAndVersion() {
        long version = yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));
        JsonNode view = viewer.get(path("?minVersion=" + version)).json();
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
        long version = yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));
        viewer.get(path("?minVersion=" + version));
        JsonNode yingyuan = viewer.get("/api/enterprises/" + YINGYUAN.id()).json();
        assertThat(yingyuan.get("name").asString()).isEqualTo("櫻源有限公司");
        assertThat(yingyuan.get("memberships").toString()).contains(alliance, "2023-01-11", "VOTE");
        assertThat(yingyuan.get("applications").toString()).contains("app-y", "APPROVED");
    }

    @Test
    void aClientThatAsksForAVersionNotYetAppliedIsToldTheAnswerIsStale() {
        long version = yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));
        viewer.get(path("?minVersion=" + version));
        Api.Response stale = viewer.get(path("/members?minVersion=99"));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.header("Read-Model-Stale")).isEqualTo("true");
        assertThat(viewer.get(path("/members?minVersion=6")).header("Read-Model-Stale")).isNull();
    }

    /** 白象食品's first term ended 2022-06-21 without a handover; it handed over to 今麦郎 on 2022-07-01. */
    long chairOverdueThenHandedOver() {
        foundedWithThree();
        return record(new RotationOverdue(alliance, BAIXIANG.id(), LocalDate.of(2022, 4, 21), LocalDate.of(2022, 6, 21)),
                      new RotationHandedOver(alliance, BAIXIANG.id(), JINMAILANG.id(), LocalDate.of(2022, 7, 1),
                                             LocalDate.of(2022, 9, 1), "交接轮值旗"));
    }

    @Test
    void theChairIsTheLastOneHandedOverToWithEveryTermInItsHistory() {
        long version = chairOverdueThenHandedOver();
        JsonNode chair = viewer.get(path("/chair?minVersion=" + version)).json();
        assertThat(chair.get("chair").asString()).isEqualTo(JINMAILANG.id());
        assertThat(chair.get("name").asString()).isEqualTo("今麦郎");
        assertThat(chair.get("termEnds").asString()).isEqualTo("2022-09-01");
        assertThat(chair.get("overdue").asBoolean()).isFalse();
        assertThat(chair.get("history")).hasSize(2);
        assertThat(chair.get("history").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(chair.get("history").get(0).get("endedOn").asString()).isEqualTo("2022-07-01");
        assertThat(chair.get("history").get(1).get("note").asString()).isEqualTo("交接轮值旗");
        assertThat(viewer.get(path("")).json().get("chair").asString()).isEqualTo(JINMAILANG.id());
    }

    @ParameterizedTest(name = "as of {0}: {1}, overdue {2}")
    @CsvSource({
            "2022-04-20, '',                 false", // before the alliance: no chair
            "2022-06-20, 9137081237GMLL666A, false",
            "2022-06-21, 9137081237GMLL666A, true",  // its term ends on it, not handed over
            "2022-06-30, 9137081237GMLL666A, true",
            "2022-07-01, 91370812C11PDWNU6G, false", // the handover day: the new chair
    })
    void theChairOfADayIsOverdueFromItsTermEndUntilItHandsOver(LocalDate asOf, String chair, boolean overdue) {
        long version = chairOverdueThenHandedOver();
        JsonNode then = viewer.get(path("/chair?minVersion=" + version + "&asOf=" + asOf)).json();
        if (chair.isEmpty()) {
            assertThat(then.has("chair")).isFalse();
        } else {
            assertThat(then.get("chair").asString()).isEqualTo(chair);
        }
        assertThat(then.get("overdue").asBoolean()).isEqualTo(overdue);
    }

    @Test
    void dealsAreNewestFirstAndPaged() {
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
        assertThat(viewer.get(path("")).json().get("dealCount").asInt()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "'',                                     'd2,d3,d1'",
            "member=91370812C11PDWNU6G,              'd2,d3'", // 今麦郎, as receiver and as provider
            "member=91370812G890PMMGXK,              'd2,d1'",
            "kind=LONG_TERM_AGREEMENT,               d3",
            "member=91370812G890PMMGXK&kind=SUPPLY,  'd2,d1'",
            "member=91370812QEP32RR48W,              ''", // not a party to any
    })
    void dealsAreFilteredByAMemberOnEitherSideAndByKind(String filter, String dealIds) {
        foundedWithThree();
        long version = record(deal("d1", YIHAI, BAIXIANG, DealKind.SUPPLY, LocalDate.of(2022, 6, 15)),
                              deal("d2", YIHAI, JINMAILANG, DealKind.SUPPLY, LocalDate.of(2022, 10, 8)),
                              deal("d3", JINMAILANG, BAIXIANG, DealKind.LONG_TERM_AGREEMENT, LocalDate.of(2022, 9, 20)));
        JsonNode deals = viewer.get(path("/deals?minVersion=" + version + (filter.isEmpty() ? "" : "&" + filter))).json();
        List<String> expected = dealIds.isEmpty() ? List.of() : List.of(dealIds.split(","));
        assertThat(deals.get("total").asInt()).isEqualTo(expected.size());
        assertThat(deals.get("deals").findValuesAsString("dealId")).containsExactlyElementsOf(expected);
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

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "/api/alliances/nowhere,                     ALLIANCE_NOT_FOUND",
            "/api/alliances/nowhere/members,             ALLIANCE_NOT_FOUND",
            "/api/alliances/nowhere/applications,        ALLIANCE_NOT_FOUND",
            "/api/alliances/nowhere/chair,               ALLIANCE_NOT_FOUND",
            "/api/alliances/nowhere/deals,               ALLIANCE_NOT_FOUND",
            "/api/alliances/nowhere/chains,              ALLIANCE_NOT_FOUND",
            "/api/alliances/{known}/applications/none,   APPLICATION_NOT_FOUND",
            "/api/enterprises/91350100M000100Y43,        ENTERPRISE_NOT_FOUND",
    })
    void whatTheReadModelsDoNotKnowIsNotFound(String target, String code) {
        long version = yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));
        viewer.get(path("?minVersion=" + version));
        Api.Response answer = viewer.get(target.replace("{known}", alliance));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asString()).isEqualTo(code);
    }

    @Test
    void anEnterpriseCodeWithAWrongCheckCharacterIsRefused() {
        Api.Response badCode = viewer.get("/api/enterprises/91370812QEP32RR48X");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.body()).contains("INVALID_ENTERPRISE_ID");
    }

    @Test
    void readingNeedsAReadingRole() {
        assertThat(Api.at(port).get(path("")).status()).isEqualTo(401);
        assertThat(Api.at(port).as("operator").get(path("")).status()).isEqualTo(403);
    }

    @Test
    void healthAndMetricsDetailsAreForAdminsAndTheDocumentForAnyone() {
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
        JsonNode zoneEvents = document.at("/paths/~1api~1audit~1zones~1{zoneId}~1events/get");
        assertThat(zoneEvents.get("operationId").asString()).isEqualTo("exportZoneAuditEvents");
        assertThat(zoneEvents.at("/responses/200/content").propertyNames())
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

    /** Refused before the alliance is looked up: the alliance of these requests is unknown, and they still get 400. */
    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /members?asOf=                      | asOf
            /members?asOf=yesterday             | asOf
            /chair?asOf=                        | asOf
            /chains?asOf=                       | asOf
            /members?minVersion=                | minVersion
            /applications?status=               | status
            /applications?status=OPEN,,APPROVED | status
            /applications?status=OPEN,          | status
            /applications?status=PENDING        | status
            /deals?kind=                        | kind
            /deals?size=0                       | size
            /deals?size=501                     | size
            /deals?page=-1                      | page
            /deals?page=99999999999             | page
            """)
    void anEmptyMalformedOrOutOfRangeQueryParameterIsRefused(String query, String field) {
        assertRefused(viewer.offContract().get(path(query)), field);
    }

    @Test
    void anAllianceIdLongerThanSixtyFourIsRefused() {
        assertRefused(viewer.offContract().get("/api/alliances/" + "a".repeat(65)), "allianceId");
    }

    static Stream<Arguments> auditRefusals() {
        List<String[]> refusals = List.of(new String[] {"?from=", "from"},
                                          new String[] {"?type=VoteCast,,MemberAdmitted", "type"},
                                          new String[] {"?type=", "type"},
                                          new String[] {"?limit=0", "limit"},
                                          new String[] {"?limit=1001", "limit"});
        return Stream.of("application/json", "text/csv", "application/x-ndjson").flatMap(accept -> refusals.stream()
                // the exports have no limit: they stream the whole history
                .filter(refusal -> accept.equals("application/json") || !refusal[1].equals("limit"))
                .map(refusal -> Arguments.of(accept, refusal[0], refusal[1])));
    }

    @ParameterizedTest(name = "{0} {1} names {2}")
    @MethodSource("auditRefusals")
    void anAuditParameterThatIsEmptyOrOutOfRangeIsRefusedInEveryRepresentation(String accept, String query, String field) {
        foundedWithThree(); // in the event store at once: the audit reads it, not the read models
        Api auditor = Api.at(port).as("auditor");
        String events = "/api/audit/alliances/" + alliance + "/events";
        assertRefused(auditor.offContract().send(auditor.request(events + query).header("Accept", accept).GET()), field);
    }

    @Test
    void aListOfStatusesAndTheLargestPageAreAccepted() {
        long version = yingyuanAdmittedOn(LocalDate.of(2023, 1, 11));
        assertThat(viewer.get(path("/applications?status=OPEN,APPROVED&minVersion=" + version)).status()).isEqualTo(200);
        assertThat(viewer.get(path("/deals?size=500&page=0")).status()).isEqualTo(200);
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.raw().uri() + " " + response).isEqualTo(400);
        assertThat(response.header("Content-Type")).as(response.raw().uri().toString()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().get("errors").findValuesAsString("field")).as(response.toString()).contains(field);
    }
}
