package org.allianceledger.system;

import org.allianceledger.launcher.DemoCase;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both demo cases as {@code ./run} loads them, through command-service's API, read back from query-service: the
 * Yanzhou alliance with its service side (departments, instructors, the joint meeting of 2023-01-11 at which
 * Yingyuan's votes were cast) and the Jibei zone of five alliances. Every {@code expected} field of the files is
 * checked here, with the nine unreported members' illustrative revenue (yanzhou-2023-revenue-illustrative.json)
 * making up the reported totals.
 */
class DemoCasesTest {

    static final String YANZHOU = "yanzhou-food-drug";
    static final Scenario YANZHOU_CASE = Scenario.yanzhou();
    static final Scenario JIBEI_CASE = Scenario.jibei();

    static ConfigurableApplicationContext commandService;
    static ConfigurableApplicationContext queryService;
    static long yanzhouVersion;

    @BeforeAll
    static void loadBothCasesAsTheDemoDoes() {
        String database = TestDatabase.url("demo_cases");
        commandService = Services.command(database);
        queryService = Services.query(database);
        Api operator = Services.api(commandService, "operator");
        yanzhouVersion = YANZHOU_CASE.apply(operator, DemoCase.ALL_STEPS);
        JIBEI_CASE.apply(operator, DemoCase.ALL_STEPS);
    }

    @AfterAll
    static void stop() {
        queryService.close();
        commandService.close();
    }

    Api viewer() {
        return Services.api(queryService, "viewer");
    }

    String yanzhou(String path) {
        return "/api/alliances/" + YANZHOU + path + (path.contains("?") ? "&" : "?") + "minVersion=" + yanzhouVersion;
    }

    @Test
    void yanzhouHasTheDepartmentsInstructorsAndUncoveredMembersItsFileExpects() {
        JsonNode expected = YANZHOU_CASE.expectedOfService();
        assertThat(viewer().get(yanzhou("/departments")).json().get("count").asInt())
                .isEqualTo(expected.get("departments").asInt());
        JsonNode instructors = viewer().get(yanzhou("/instructors")).json();
        assertThat(instructors.get("count").asInt()).isEqualTo(expected.get("instructors").asInt());
        assertThat(instructors.get("uncovered").size()).isEqualTo(expected.get("uncoveredMembersAfterAllSteps").asInt());
        assertThat(instructors.toString()).contains("张迁", "兖州区市场监督管理局");
    }

    @Test
    void yanzhouHeldItsJointMeetingHostedByTheChairOfTheDay() {
        JsonNode expected = YANZHOU_CASE.expectedOfService();
        JsonNode held = viewer().get(yanzhou("/meetings?status=HELD")).json();
        assertThat(held.get("count").asInt()).isEqualTo(expected.get("meetingsHeld").asInt());
        JsonNode meeting = held.get("meetings").get(0);
        assertThat(meeting.get("host").get("id").asString()).isEqualTo(YANZHOU_CASE.id(expected.get("meetingHost").asString()));
        assertThat(meeting.get("title").asString()).isEqualTo("新一届联盟联席会");
        assertThat(meeting.get("minutes").asString()).startsWith("轮值单位山东育达主持");
    }

    @Test
    void yingyuansVotesWereCastAtTheJointMeetingAndDecidedThere() {
        JsonNode meeting = viewer().get(yanzhou("/meetings/meeting-2023-01-11")).json();
        List<String> voters = new ArrayList<>();
        boolean admitted = false;
        for (JsonNode decision : meeting.get("decisions")) {
            if (decision.get("kind").asString().equals("VOTE_CAST")) {
                voters.add(decision.get("enterprise").get("id").asString());
            }
            admitted |= decision.get("kind").asString().equals("APPLICATION_DECIDED")
                        && "app-2023-yingyuan".equals(decision.get("applicationId").asString())
                        && decision.get("decision").asString().equals("APPROVED");
        }
        JsonNode tally = YANZHOU_CASE.expected().get("applicationTallies").get("app-2023-yingyuan");
        assertThat(voters).hasSize(tally.get("for").asInt());
        assertThat(admitted).as("Yingyuan admitted at the meeting").isTrue();
        assertThat(viewer().get(yanzhou("")).json().get("memberCount").asInt())
                .isEqualTo(YANZHOU_CASE.expected().get("memberCount").asInt());
    }

    /** The file's indicator steps, read back with the file's own query (an enterprise's reports have no minVersion). */
    @Test
    void yanzhouRevenueGrowthIsWhatItsFileExpects() throws InterruptedException {
        JsonNode expected = YANZHOU_CASE.expectedOfService();
        String query = expected.get("indicatorsQuery").asString().split(" ")[1];
        JsonNode sheet = null;
        for (long deadline = System.nanoTime() + 10_000_000_000L; System.nanoTime() < deadline; Thread.sleep(100)) {
            sheet = viewer().get(query).json();
            if (sheet.get("likeForLike").get("members").asInt() == 11) {
                break;
            }
        }
        assertThat(sheet.get("members")).as("the eleven members at reporting time").hasSize(11);
        Map<String, JsonNode> members = new HashMap<>();
        sheet.get("members").forEach(member -> members.put(member.get("id").asString(), member));
        assertThat(members.get(YANZHOU_CASE.id("baixiang")).get("growthPercent").decimalValue())
                .isEqualByComparingTo(expected.get("baixiangGrowth2022Percent").decimalValue());
        assertThat(members.get(YANZHOU_CASE.id("yihai")).get("growthPercent").decimalValue())
                .isEqualByComparingTo(expected.get("yihaiGrowth2022Percent").decimalValue());
        assertThat(sheet.at("/total/revenueCny").decimalValue())
                .isEqualByComparingTo(expected.get("allianceRevenue2022Cny").decimalValue());
        assertThat(sheet.at("/likeForLike/growthPercent").decimalValue())
                .isEqualByComparingTo(expected.get("allianceGrowth2022Percent").decimalValue());
        List<String> club = new ArrayList<>();
        sheet.get("billionClub").forEach(id -> club.add(id.asString()));
        List<String> expectedClub = new ArrayList<>();
        expected.get("billionClub2022").forEach(key -> expectedClub.add(YANZHOU_CASE.id(key.asString())));
        assertThat(club).containsExactlyInAnyOrderElementsOf(expectedClub);
    }

    /** A problem is its own stream, read without the alliance's minVersion: waits until the ledger shows it resolved. */
    @Test
    void yanzhousProblemWasAssignedToTheMarketBureauAndResolved() throws InterruptedException {
        JsonNode expected = YANZHOU_CASE.expectedOfService();
        JsonNode resolved = eventually("/api/alliances/" + YANZHOU + "/problems?status=RESOLVED",
                                       p -> p.get("count").asInt() == expected.get("resolvedProblems").asInt());
        assertThat(resolved.get("count").asInt()).isEqualTo(expected.get("resolvedProblems").asInt());
        assertThat(resolved.toString()).contains("拓展家庭端销售渠道", YANZHOU_CASE.departmentId("market"));
        assertThat(viewer().get("/api/alliances/" + YANZHOU + "/problems?status=OPEN,ASSIGNED").json().get("count").asInt())
                .isEqualTo(expected.get("openProblemsAfterAllSteps").asInt());
    }

    @Test
    void everyExpectationOfTheServiceFileIsChecked() {
        Set<String> checked = Set.of("departments", "instructors", "uncoveredMembersAfterAllSteps", "meetingsHeld",
                                     "meetingHost", "openProblemsAfterAllSteps", "resolvedProblems", "indicatorsQuery",
                                     "baixiangGrowth2022Percent", "yihaiGrowth2022Percent", "allianceRevenue2022Cny",
                                     "allianceGrowth2022Percent", "billionClub2022");
        Set<String> keys = new HashSet<>();
        YANZHOU_CASE.expectedOfService().propertyNames().forEach(keys::add);
        assertThat(keys).isEqualTo(checked);
    }

    @Test
    void theJibeiZoneCountsEachEnterpriseOnceAcrossItsFiveAlliances() throws InterruptedException {
        JsonNode expected = JIBEI_CASE.expectedOfService();
        String zone = expected.get("zone").asString();
        JsonNode view = eventually("/api/zones/" + zone,
                                   z -> z.get("instructorCount").asInt() == expected.get("instructors").asInt());
        assertThat(view.get("name").asString()).isEqualTo("济北经济开发区");
        assertThat(view.get("committee").asString()).isEqualTo("济北经济开发区党工委");
        assertThat(view.get("allianceCount").asInt()).isEqualTo(expected.get("alliances").asInt());
        assertThat(view.get("enterpriseCount").asInt()).isEqualTo(expected.get("distinctEnterprises").asInt());
        assertThat(view.get("departmentCount").asInt()).isEqualTo(expected.get("departments").asInt());
        int memberships = 0;
        for (JsonNode alliance : view.get("alliances")) {
            memberships += alliance.get("memberCount").asInt();
        }
        assertThat(memberships).isEqualTo(expected.get("memberships").asInt());
        for (JsonNode shared : expected.get("sharedEnterprises")) {
            String id = JIBEI_CASE.id(shared.asString());
            JsonNode enterprise = null;
            for (JsonNode candidate : view.get("enterprises")) {
                if (candidate.get("id").asString().equals(id)) {
                    enterprise = candidate;
                }
            }
            assertThat(enterprise).as(shared.asString()).isNotNull();
            assertThat(enterprise.get("alliances").size()).as(shared.asString()).isEqualTo(2);
        }
    }

    @Test
    void eachJibeiAllianceLeavesTheMembersItsInstructorsDoNotServeUncovered() throws InterruptedException {
        int uncovered = JIBEI_CASE.expectedOfService().get("uncoveredPerAlliance").asInt();
        for (JsonNode step : JIBEI_CASE.root().get("steps")) {
            if (step.get("step").asString().equals("found")) {
                String alliance = step.get("allianceId").asString();
                JsonNode instructors = eventually("/api/alliances/" + alliance + "/instructors",
                                                  i -> i.get("count").asInt() == 2);
                assertThat(instructors.get("uncovered").size()).as(alliance).isEqualTo(uncovered);
            }
        }
    }

    @Test
    void everyExpectationOfTheJibeiFileIsChecked() {
        Set<String> keys = new HashSet<>();
        JIBEI_CASE.expectedOfService().propertyNames().forEach(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("zone", "alliances", "memberships", "distinctEnterprises",
                                                   "departments", "instructors", "uncoveredPerAlliance",
                                                   "sharedEnterprises");
    }

    /** The service reports over the whole history: Yanzhou's problem of 21 days, the Jibei zone's enterprises once. */
    @Test
    void theServiceReportsOfYanzhouAndTheJibeiZoneCountWhatTheFilesRecorded() throws InterruptedException {
        JsonNode yanzhou = eventually(yanzhou("/service-report"), r -> r.at("/problems/resolved").asInt() == 1);
        assertThat(yanzhou.at("/problems/raised").asInt()).isEqualTo(1);
        assertThat(yanzhou.at("/problems/medianDaysToResolve").decimalValue()).as("2023-01-11 to 2023-02-01")
                .isEqualByComparingTo("21");
        assertThat(yanzhou.get("departments")).hasSize(6);
        JsonNode market = null;
        for (JsonNode department : yanzhou.get("departments")) {
            if (department.get("id").asString().equals(YANZHOU_CASE.departmentId("market"))) {
                market = department;
            }
        }
        assertThat(market).as("the market bureau").isNotNull();
        assertThat(market.get("assigned").asInt()).isEqualTo(1);
        assertThat(market.get("resolved").asInt()).isEqualTo(1);
        assertThat(yanzhou.get("instructors")).hasSize(2);
        assertThat(yanzhou.get("uncoveredCount").asInt()).isEqualTo(7);
        assertThat(yanzhou.at("/meetings/held").asInt()).isEqualTo(1);
        String zone = JIBEI_CASE.expectedOfService().get("zone").asString();
        JsonNode jibei = eventually("/api/zones/" + zone + "/service-report",
                                    r -> r.get("instructors").size() == JIBEI_CASE.expectedOfService().get("instructors").asInt());
        assertThat(jibei.get("enterprises").asInt()).isEqualTo(23);
        assertThat(jibei.get("uncoveredCount").asInt()).isEqualTo(5);
    }

    /** Reads without minVersion (a zone has none, and the Jibei alliances' versions are not kept) until it holds. */
    JsonNode eventually(String path, Predicate<JsonNode> holds) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            Api.Response answer = viewer().get(path);
            if (answer.status() == 200 && holds.test(answer.json()) || System.nanoTime() > deadline) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                return answer.json();
            }
            Thread.sleep(100);
        }
    }
}
