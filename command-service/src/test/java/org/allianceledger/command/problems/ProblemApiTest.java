package org.allianceledger.command.problems;

import org.allianceledger.command.CommandServiceApplication;
import org.allianceledger.command.RecordedEvents;
import org.allianceledger.command.TestAlliance;
import org.allianceledger.events.ProblemStream;
import org.allianceledger.platform.domain.BusinessCalendar;
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

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.YUDA;
import static org.allianceledger.command.departments.DepartmentFixtures.MANUFACTURING;
import static org.allianceledger.command.departments.DepartmentFixtures.MARKET;
import static org.allianceledger.command.departments.DepartmentFixtures.joinBody;
import static org.assertj.core.api.Assertions.assertThat;

/** Visits and the problem ledger over real HTTP against the real event store: answers and every new code. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = CommandServiceApplication.CONFIG_NAMES)
class ProblemApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "command_problems");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api operator;
    String alliance;
    RecordedEvents events;

    @BeforeEach
    void foundAllianceWithTheMarketBureau() {
        TestAlliance founded = TestAlliance.found(port);
        operator = founded.operator();
        alliance = founded.id();
        events = new RecordedEvents(jdbc);
        Api.Response joined = operator.post(path("/departments"), joinBody(MARKET));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    }

    String path(String rest) {
        return "/api/alliances/" + alliance + rest;
    }

    static Map<String, Object> raiseBody(String problemId, String visitId) {
        Map<String, Object> body = new HashMap<>(Map.of("raisedBy", BAIXIANG.id(), "raisedOn", "2023-03-01",
                                                        "category", "FINANCING", "title", "流动资金紧张",
                                                        "description", "原料采购季流动资金缺口\n约两千万元"));
        if (problemId != null) {
            body.put("problemId", problemId);
        }
        if (visitId != null) {
            body.put("visitId", visitId);
        }
        return body;
    }

    Api.Response raise(String problemId) {
        return operator.post(path("/problems"), raiseBody(problemId, null));
    }

    Api.Response assign(String problemId, String department, String dueOn) {
        return operator.post(path("/problems/" + problemId + "/assignment"),
                             Map.of("department", department, "dueOn", dueOn, "assignedOn", "2023-03-02"));
    }

    Api.Response resolve(String problemId) {
        return operator.post(path("/problems/" + problemId + "/resolution"),
                             Map.of("result", "协调银行授信两千万元", "resolvedOn", "2023-03-20"));
    }

    Api.Response feedback(String problemId, int rating) {
        return operator.post(path("/problems/" + problemId + "/feedback"), Map.of("rating", rating, "on", "2023-03-25"));
    }

    @Test
    void aProblemGoesFromRaisingToCloseAndBackUnderItsOwnStream() {
        Api.Response raised = raise("p-1");
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        assertThat(raised.header("Location")).isEqualTo(path("/problems/p-1"));
        assertThat(raised.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(raised.json().get("version").asLong()).isEqualTo(1);
        long allianceHead = events.head(alliance);

        Api.Response assigned = assign("p-1", MARKET.id(), "2023-03-31");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().get("status").asString()).isEqualTo("ASSIGNED");
        Api.Response progress = operator.post(path("/problems/p-1/progress"), Map.of("note", "已对接两家银行", "on", "2023-03-05"));
        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        assertThat(resolve("p-1").json().get("status").asString()).isEqualTo("RESOLVED");
        Api.Response closed = feedback("p-1", 5);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        Api.Response reopened = operator.post(path("/problems/p-1/reopening"), Map.of("reason", "资金再次紧张", "on", "2023-04-01"));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("ASSIGNED");

        assertThat(events.head(alliance)).as("the alliance's stream holds none of it").isEqualTo(allianceHead);
        List<String> types = jdbc.queryForList("""
                SELECT regexp_replace(payload_type, '.*\\.', '') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type NOT LIKE '%Overdue' ORDER BY sequence_number""",
                String.class, ProblemStream.of(alliance, "p-1"));
        assertThat(types).containsExactly("ProblemRaised", "ProblemAssigned", "ProblemProgressNoted", "ProblemResolved",
                                          "ProblemFeedbackGiven", "ProblemReopened");
        String description = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""",
                String.class, ProblemStream.of(alliance, "p-1"));
        assertThat(description).contains("原料采购季流动资金缺口");
    }

    @Test
    void raisingAgainWithTheSameBodyAnswersTheSameAndRecordsNothing() throws Exception {
        raise("p-1");
        long before = events.count();
        Api.Response again = raise("p-1");
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().get("version").asLong()).isEqualTo(1);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aVisitIsRecordedAndAProblemRaisedOnIt() {
        Api.Response visited = operator.post(path("/visits"), Map.of("visitId", "v-1", "visitor", Map.of("department", MARKET.id()),
                                                                      "enterprise", BAIXIANG.id(), "visitedOn", "2023-03-01",
                                                                      "notes", "走访白象食品"));
        assertThat(visited.status()).as(visited.toString()).isEqualTo(201);
        assertThat(visited.header("Location")).isEqualTo(path("/visits/v-1"));
        Api.Response raised = operator.post(path("/problems"), raiseBody("p-2", "v-1"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    }

    @Test
    void everyNewCodeIsAProblemThatRecordsNothing() throws Exception {
        raise("p-1");
        events.refused(404, "PROBLEM_NOT_FOUND", () -> assign("p-9", MARKET.id(), "2023-03-31"));
        events.refused(404, "VISIT_NOT_FOUND", () -> operator.post(path("/problems"), raiseBody("p-2", "v-9")));
        events.refused(409, "PROBLEM_NOT_ASSIGNED", () -> resolve("p-1"));
        events.refused(409, "PROBLEM_NOT_RESOLVED", () -> feedback("p-1", 4));
        assign("p-1", MARKET.id(), "2023-03-31");
        events.refused(409, "PROBLEM_NOT_RESOLVED",
                       () -> operator.post(path("/problems/p-1/reopening"), Map.of("reason", "未办结")));
        resolve("p-1");
        feedback("p-1", 5);
        events.refused(409, "PROBLEM_CLOSED", () -> assign("p-1", MARKET.id(), "2023-04-30"));
        events.refused(409, "PROBLEM_CLOSED",
                       () -> operator.post(path("/problems/p-1/progress"), Map.of("note", "补充", "on", "2023-04-01")));
    }

    @Test
    void theAlliancesRulesAreCheckedOverHttpAndRecordNothing() throws Exception {
        events.refused(409, "NOT_A_MEMBER", () -> operator.post(path("/problems"),
                                                                 new HashMap<>(Map.of("raisedBy", YUDA.id(), "category", "OTHER",
                                                                                      "title", "t", "description", "d"))));
        raise("p-1");
        events.refused(404, "DEPARTMENT_NOT_FOUND", () -> assign("p-1", MANUFACTURING.id(), "2023-03-31"));
        events.refused(404, "ALLIANCE_NOT_FOUND", () -> operator.post("/api/alliances/nowhere/problems",
                                                                       raiseBody("p-1", null)));
        events.refused(409, "DATE_OUT_OF_ORDER", () -> assign("p-1", MARKET.id(), "2023-03-02"));
        events.refused(404, "INSTRUCTOR_NOT_FOUND", () -> operator.post(path("/visits"), Map.of(
                "visitor", Map.of("instructor", "nobody"), "enterprise", BAIXIANG.id())));
    }

    @Test
    void badInputIsRefusedAtTheDoorAndRecordsNothing() throws Exception {
        raise("p-1");
        String tooLate = BusinessCalendar.today().plusYears(1).plusDays(1).toString();
        Api offContract = operator.offContract();
        events.refused(400, "VALIDATION_FAILED", () -> offContract.post(path("/problems/p-1/assignment"),
                                                                         Map.of("department", MARKET.id(), "dueOn", tooLate)));
        events.refused(400, "VALIDATION_FAILED", () -> offContract.post(path("/problems/p-1/feedback"), Map.of("rating", 6)));
        events.refused(400, "VALIDATION_FAILED", () -> offContract.post(path("/problems/p-1/feedback"), Map.of("rating", 0)));
        Map<String, Object> unknownCategory = raiseBody("p-3", null);
        unknownCategory.put("category", "WEATHER");
        events.refused(400, "MALFORMED_REQUEST", () -> offContract.post(path("/problems"), unknownCategory));
        Map<String, Object> longTitle = raiseBody("p-3", null);
        longTitle.put("title", "题".repeat(201));
        events.refused(400, "VALIDATION_FAILED", () -> offContract.post(path("/problems"), longTitle));
        assertThat(LocalDate.parse(tooLate)).isAfter(BusinessCalendar.today());
    }

    @Test
    void aDueDayThatPassedRecordsOverdueThroughThePersistentDeadline() throws Exception {
        raise("p-1");
        assertThat(assign("p-1", MARKET.id(), "2023-03-31").status()).isEqualTo(200);
        String stream = ProblemStream.of(alliance, "p-1");
        long deadline = System.nanoTime() + 20_000_000_000L;
        List<Map<String, Object>> overdue;
        do {
            Thread.sleep(100);
            overdue = jdbc.queryForList("""
                    SELECT convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta
                    FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%ProblemOverdue'""",
                    stream);
        } while (overdue.isEmpty() && System.nanoTime() < deadline);
        assertThat(overdue).as("the deadline (db-scheduler) fired for the problem").hasSize(1);
        assertThat((String) overdue.get(0).get("payload")).contains("2023-03-31");
        Api.Response resolved = resolve("p-1");
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().get("version").asLong()).isEqualTo(4);
    }
}
