package org.allianceledger.system;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole Yanzhou case (founding, handovers, applications, votes, deals) through command-service, read back
 * from query-service, which is started only after the event store already holds it: its projections must fill
 * completely, and every expectation of the case must hold.
 */
class YanzhouCaseTest {

    static final String ALLIANCE = "yanzhou-food-drug";
    static final Scenario SCENARIO = Scenario.yanzhou();

    static ConfigurableApplicationContext commandService;
    static ConfigurableApplicationContext queryService;
    static long version;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void applyTheScenarioThenStartTheQueryService() {
        String database = TestDatabase.url("yanzhou");
        commandService = Services.command(database);
        version = SCENARIO.apply(Services.api(commandService, "operator"), Set.of("found", "apply", "vote", "handover", "deal"));
        // one deal as an older release stored it: revision 1, its unit as written ("t", not TNE)
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database, TestDatabase.USER, ""));
        int legacy = jdbc.update("""
                UPDATE domain_event_entry SET payload_revision = '1',
                       payload = convert_to(replace(convert_from(payload, 'UTF8'), '"unit":"TNE"', '"unit":"t"'), 'UTF8')
                WHERE aggregate_identifier = ? AND payload_type LIKE '%DealRecorded'
                  AND convert_from(payload, 'UTF8') LIKE '%deal-oil-haiyu%'""", ALLIANCE);
        assertThat(legacy).isEqualTo(1);
        queryService = Services.query(database);
    }

    @AfterAll
    static void stop() {
        queryService.close();
        commandService.close();
    }

    Api viewer() {
        return Services.api(queryService, "viewer");
    }

    /**
     * The demo file's indicator steps, reported through command-service, read back for the members at reporting
     * time as the demo's query says: Baixiang +67.07 % into the billion club, Yihai +10.32 %.
     */
    @Test
    void theCasesRevenueFiguresAreThoseItReports() throws Exception {
        Api operator = Services.api(commandService, "operator");
        JsonNode service;
        try (java.io.InputStream in = YanzhouCaseTest.class.getResourceAsStream("/scenarios/yanzhou-2023-service.json")) {
            service = Api.JSON.readTree(in);
        }
        for (JsonNode step : service.get("steps")) {
            if (step.get("step").asString().equals("indicator")) {
                Map<String, Object> body = Map.of("revenueCny", step.get("revenueCny").decimalValue(),
                                                  "disclosure", step.get("disclosure").asString(),
                                                  "source", step.get("source").asString(), "reportedOn", "2023-01-31");
                Api.Response reported = operator.send(operator.request("/api/enterprises/"
                                + SCENARIO.id(step.get("enterprise").asString()) + "/indicators/" + step.get("year").asInt())
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body))));
                assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
            }
        }
        JsonNode expected = service.get("expected");
        String query = "/api/alliances/" + ALLIANCE + "/indicators?year=2022&asOf=2023-01-31";
        JsonNode sheet = null;
        for (long deadline = System.nanoTime() + 10_000_000_000L; System.nanoTime() < deadline; Thread.sleep(100)) {
            sheet = viewer().get(query).json();
            if (sheet.get("likeForLike").get("members").asInt() == 2) {
                break;
            }
        }
        assertThat(sheet.get("members")).hasSize(11);
        Map<String, JsonNode> members = new java.util.HashMap<>();
        sheet.get("members").forEach(member -> members.put(member.get("id").asString(), member));
        assertThat(members.get(SCENARIO.id("baixiang")).get("growthPercent").decimalValue())
                .isEqualByComparingTo(expected.get("baixiangGrowth2022Percent").decimalValue());
        assertThat(members.get(SCENARIO.id("yihai")).get("growthPercent").decimalValue())
                .isEqualByComparingTo(expected.get("yihaiGrowth2022Percent").decimalValue());
        List<String> club = new ArrayList<>();
        sheet.get("billionClub").forEach(id -> club.add(id.asString()));
        assertThat(club).containsExactlyInAnyOrder(SCENARIO.id("baixiang"), SCENARIO.id("yihai"));
    }

    @Test
    void aProjectionStartedOnAFullStoreFillsCompletely() {
        JsonNode alliance = viewer().get("/api/alliances/" + ALLIANCE + "?minVersion=" + version).json();
        assertThat(alliance.get("version").asLong()).isGreaterThanOrEqualTo(version);
        assertThat(alliance.get("memberCount").asInt()).isEqualTo(SCENARIO.expected().get("memberCount").asInt());
        assertThat(alliance.get("name").asString()).isEqualTo("兖州区食品药品产业链党建联盟");
    }

    @Test
    void membersAndTheirDatesAreThoseOfTheCase() {
        JsonNode members = viewer().get("/api/alliances/" + ALLIANCE + "/members?minVersion=" + version).json();
        List<String> ids = new ArrayList<>();
        members.get("members").forEach(member -> ids.add(member.get("id").asString()));
        List<String> expected = new ArrayList<>();
        SCENARIO.expected().get("members").forEach(key -> expected.add(SCENARIO.id(key.asString())));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);

        for (Map.Entry<String, JsonNode> since : SCENARIO.expected().get("memberSince").properties()) {
            String id = SCENARIO.id(since.getKey());
            JsonNode member = null;
            for (JsonNode candidate : members.get("members")) {
                if (candidate.get("id").asString().equals(id)) {
                    member = candidate;
                }
            }
            assertThat(member).as(since.getKey()).isNotNull();
            assertThat(member.get("memberSince").asString()).as(since.getKey()).isEqualTo(since.getValue().asString());
        }
        assertThat(members.toString()).contains("櫻源有限公司", "山东育达健康科技股份有限公司", "成员企业十（未具名）");
    }

    @Test
    void membersAsOfPastDaysCountAsTheCaseSays() {
        for (Map.Entry<String, JsonNode> asOf : SCENARIO.expected().get("membersAsOf").properties()) {
            JsonNode members = viewer().get("/api/alliances/" + ALLIANCE + "/members?asOf=" + asOf.getKey()
                                            + "&minVersion=" + version).json();
            assertThat(members.get("count").asInt()).as("members as of " + asOf.getKey())
                    .isEqualTo(asOf.getValue().asInt());
        }
    }

    @Test
    void applicationsAreApprovedWithTheCasesTallies() {
        JsonNode applications = viewer().get("/api/alliances/" + ALLIANCE + "/applications?minVersion=" + version).json();
        for (Map.Entry<String, JsonNode> outcome : SCENARIO.expected().get("applications").properties()) {
            JsonNode application = null;
            for (JsonNode candidate : applications.get("applications")) {
                if (candidate.get("applicationId").asString().equals(outcome.getKey())) {
                    application = candidate;
                }
            }
            assertThat(application).as(outcome.getKey()).isNotNull();
            assertThat(application.get("outcome").asString()).isEqualTo(outcome.getValue().asString());
            assertThat(application.get("tally"))
                    .isEqualTo(SCENARIO.expected().get("applicationTallies").get(outcome.getKey()));
        }
    }

    @Test
    void theChairIsTheCasesNowAndOnPastDays() {
        JsonNode chair = viewer().get("/api/alliances/" + ALLIANCE + "/chair?minVersion=" + version).json();
        JsonNode expected = SCENARIO.expected();
        assertThat(chair.get("chair").asString()).isEqualTo(SCENARIO.id(expected.get("chair").asString()));
        assertThat(chair.get("since").asString()).isEqualTo(expected.get("chairSince").asString());
        assertThat(chair.get("termEnds").asString()).isEqualTo(expected.get("chairTermEnds").asString());
        assertThat(chair.get("history")).hasSize(5);
        for (Map.Entry<String, JsonNode> asOf : expected.get("chairAsOf").properties()) {
            JsonNode then = viewer().get("/api/alliances/" + ALLIANCE + "/chair?asOf=" + asOf.getKey()).json();
            assertThat(then.get("chair").asString()).as("chair as of " + asOf.getKey())
                    .isEqualTo(SCENARIO.id(asOf.getValue().asString()));
        }
        JsonNode alliance = viewer().get("/api/alliances/" + ALLIANCE).json();
        assertThat(alliance.get("chair").asString()).isEqualTo(SCENARIO.id(expected.get("chair").asString()));
        assertThat(alliance.get("termEnds").asString()).isEqualTo(expected.get("chairTermEnds").asString());
    }

    @Test
    void dealsAndChainsAreTheCases() {
        JsonNode expected = SCENARIO.expected();
        JsonNode alliance = viewer().get("/api/alliances/" + ALLIANCE + "?minVersion=" + version).json();
        assertThat(alliance.get("dealCount").asInt()).isEqualTo(expected.get("dealCount").asInt());
        JsonNode deals = viewer().get("/api/alliances/" + ALLIANCE + "/deals?size=100").json();
        assertThat(deals.get("total").asInt()).isEqualTo(expected.get("dealCount").asInt());
        assertThat(deals.get("deals").get(0).get("dealId").asString()).isEqualTo("deal-yuda-renhetang");
        assertThat(deals.toString()).contains("康复护理器、旋转护理床药店展示销售", "兖州区市场监督管理局");

        JsonNode chains = viewer().get("/api/alliances/" + ALLIANCE + "/chains").json();
        assertThat(chains.get("chains")).hasSize(expected.get("chainComponents").asInt());
        List<List<String>> longest = new ArrayList<>();
        JsonNode paths = chains.get("chains").get(0).get("paths");
        int top = paths.get(0).size();
        for (JsonNode path : paths) {
            if (path.size() == top) {
                List<String> ids = new ArrayList<>();
                path.forEach(id -> ids.add(id.asString()));
                longest.add(ids);
            }
        }
        List<List<String>> expectedLongest = new ArrayList<>();
        for (JsonNode path : expected.get("longestChains")) {
            List<String> ids = new ArrayList<>();
            path.forEach(key -> ids.add(SCENARIO.id(key.asString())));
            expectedLongest.add(ids);
        }
        assertThat(longest).containsExactlyInAnyOrderElementsOf(expectedLongest);
        JsonNode tiers = chains.get("chains").get(0).get("tiers");
        assertThat(tiers.get(0).toString()).contains(SCENARIO.id("yihai"), SCENARIO.id("yuda"));
        assertThat(chains.get("edges").toString()).contains("LONG_TERM_AGREEMENT");
    }

    @Test
    void anEnterpriseShowsItsMembershipChairTermsAndDeals() {
        viewer().get("/api/alliances/" + ALLIANCE + "?minVersion=" + version);
        JsonNode yuda = viewer().get("/api/enterprises/" + SCENARIO.id("yuda")).json();
        assertThat(yuda.get("name").asString()).isEqualTo("山东育达健康科技股份有限公司");
        assertThat(yuda.get("memberships").get(0).get("memberSince").asString()).isEqualTo("2022-04-21");
        assertThat(yuda.get("chairTerms").get(0).get("since").asString()).isEqualTo("2023-01-01");
        assertThat(yuda.get("deals").get(0).get("dealId").asString()).isEqualTo("deal-yuda-renhetang");
    }

    @Test
    void aDealStoredAsRevisionOneReadsWithItsUnitAsACode() {
        JsonNode deals = viewer().get("/api/alliances/" + ALLIANCE + "/deals?size=100&minVersion=" + version).json();
        JsonNode oil = null;
        for (JsonNode deal : deals.get("deals")) {
            if (deal.get("dealId").asString().equals("deal-oil-haiyu")) {
                oil = deal;
            }
        }
        assertThat(oil).isNotNull();
        assertThat(oil.get("quantity").toString()).isEqualTo("{\"amount\":10,\"unit\":\"TNE\"}");
    }

    @Test
    void aClientReadsItsOwnWrite() {
        Api operator = Services.api(commandService, "operator");
        Api.Response applied = operator.post("/api/alliances/" + ALLIANCE + "/applications", Map.of(
                "applicationId", "app-read-own-write", "filedOn", "2023-02-01",
                "enterprise", Map.of("id", "91350100M000100Y43", "name", "新成员 New Member", "industry", "logistics")));
        long written = applied.json().get("version").asLong();
        JsonNode open = viewer().get("/api/alliances/" + ALLIANCE + "/applications?status=OPEN&minVersion=" + written).json();
        assertThat(open.toString()).contains("app-read-own-write", "新成员 New Member");
    }
}
