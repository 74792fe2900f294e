package org.allianceledger.system;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The membership steps of the Yanzhou case through command-service, read back from query-service, which is
 * started only after the event store already holds them: its projections must fill completely.
 */
class YanzhouMembershipTest {

    static final String ALLIANCE = "yanzhou-food-drug";
    static final Scenario SCENARIO = Scenario.yanzhou();

    static ConfigurableApplicationContext commandService;
    static ConfigurableApplicationContext queryService;
    static long version;

    @BeforeAll
    static void applyTheScenarioThenStartTheQueryService() {
        String database = TestDatabase.url("yanzhou");
        commandService = Services.command(database);
        version = SCENARIO.apply(Services.api(commandService, "operator"), Set.of("found", "apply", "vote"));
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
