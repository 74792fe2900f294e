package org.allianceledger.system;

import org.allianceledger.events.ProblemStream;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vote window scheduled before command-service restarts still closes the vote after the restart, and the joint
 * meetings' cadence scheduled at the founding still records that a meeting is overdue; a problem assigned with a due
 * date before the restart is recorded overdue after it, and query-service shows it so.
 */
class DeadlineAfterRestartTest {

    /** Founded today, so that no deadline is due before the restart: each fires only because time is moved on. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void theVoteWindowTheMeetingCadenceAndAProblemsDueDateFireAfterARestartOfCommandService() throws Exception {
        String database = TestDatabase.url("restart");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database, TestDatabase.USER, ""));

        ConfigurableApplicationContext before = Services.command(database);
        Api operator = Services.api(before, "operator");
        assertThat(operator.post("/api/alliances", Map.of(
                "allianceId", "restart", "name", "济北经济开发区食品饮料联盟", "industryChain", "food and beverage",
                "region", "济北经济开发区", "foundedOn", TODAY.toString(),
                "charter", Map.of("votingRule", "UNANIMOUS", "quorum", 0.5, "chairTermMonths", 2, "voteWindowDays", 7),
                "foundingMembers", java.util.List.of(
                        Map.of("id", "91370812G890PMMGXK", "name", "益海嘉里"),
                        Map.of("id", "9137081237GMLL666A", "name", "白象食品")),
                "initialChair", "9137081237GMLL666A")).status()).isEqualTo(201);
        assertThat(operator.post("/api/alliances/restart/applications", Map.of(
                "applicationId", "app-late", "filedOn", TODAY.toString(),
                "enterprise", Map.of("id", "91370812QEP32RR48W", "name", "櫻源有限公司"))).status()).isEqualTo(201);
        assignProblemDueTomorrow(operator);
        before.close();

        ConfigurableApplicationContext after = Services.command(database);
        try {
            // seven days pass, and two months: the window's scheduled time (and the chair term's, the meetings'
            // cadence's and the problem's due date's) is brought forward to now
            assertThat(jdbc.update("UPDATE scheduled_tasks SET execution_time = now()")).isPositive();
            JsonNode decided = awaitEvent(jdbc, "restart", "ApplicationRejected");
            assertThat(decided.get("closure").asString()).isEqualTo("VOTE_WINDOW_EXPIRED");
            assertThat(decided.get("reason").asString()).isEqualTo("QUORUM_NOT_MET");
            String metaData = jdbc.queryForObject("""
                    SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry
                    WHERE aggregate_identifier = 'restart' AND payload_type LIKE '%ApplicationRejected'""", String.class);
            assertThat(Api.JSON.readTree(metaData).get("submittedBy").asString()).isEqualTo("system");
            Api.Response vote = Services.api(after, "operator").post("/api/alliances/restart/applications/app-late/votes",
                    Map.of("voter", "91370812G890PMMGXK", "decision", "FOR"));
            assertThat(vote.json().get("code").asString()).isEqualTo("APPLICATION_CLOSED");
            JsonNode overdue = awaitEvent(jdbc, "restart", "MeetingOverdue");
            assertThat(overdue.get("lastHeldOn").asString()).isEqualTo(TODAY.toString());
            assertThat(overdue.get("dueOn").asString()).isEqualTo(TODAY.plusMonths(2).toString());
            JsonNode late = awaitEvent(jdbc, ProblemStream.of("restart", "p-late"), "ProblemOverdue");
            assertThat(late.get("problemId").asString()).isEqualTo("p-late");
            assertThat(late.get("dueOn").asString()).isEqualTo(TODAY.plusDays(1).toString());
        } finally {
            after.close();
        }
        assertShownOverdue(database);
    }

    /** Raised and assigned today, due tomorrow: its deadline (midnight after tomorrow) is not due before the restart. */
    private static void assignProblemDueTomorrow(Api operator) {
        assertThat(operator.post("/api/alliances/restart/departments", Map.of(
                "department", Map.of("id", "11370812YKY0WCH4RR", "name", "兖州区市场监督管理局"),
                "joinedOn", TODAY.toString())).status()).isEqualTo(201);
        assertThat(operator.post("/api/alliances/restart/problems", Map.of(
                "problemId", "p-late", "raisedBy", "91370812G890PMMGXK", "raisedOn", TODAY.toString(),
                "category", "FINANCING", "title", "流动资金贷款难", "description", "旺季前原料采购缺口"))
                           .status()).isEqualTo(201);
        Api.Response assigned = operator.post("/api/alliances/restart/problems/p-late/assignment", Map.of(
                "department", "11370812YKY0WCH4RR", "assignedOn", TODAY.toString(),
                "dueOn", TODAY.plusDays(1).toString()));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    }

    /** query-service, started on the same database, lists the problem among the overdue once it has caught up. */
    private static void assertShownOverdue(String database) throws InterruptedException {
        ConfigurableApplicationContext query = Services.query(database);
        try {
            Api viewer = Services.api(query, "viewer");
            JsonNode problem = null;
            for (int i = 0; i < 150 && problem == null; i++) {
                Api.Response listed = viewer.get("/api/alliances/restart/problems?overdue=true");
                if (listed.status() == 200 && listed.json().get("count").asInt() == 1) {
                    problem = listed.json().get("problems").get(0);
                } else {
                    Thread.sleep(100);
                }
            }
            assertThat(problem).as("p-late listed as overdue within 15 s").isNotNull();
            assertThat(problem.get("problemId").asString()).isEqualTo("p-late");
            assertThat(problem.get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(problem.get("overdue").asBoolean()).isTrue();
            assertThat(problem.get("dueOn").asString()).isEqualTo(TODAY.plusDays(1).toString());
            JsonNode history = problem.get("history");
            JsonNode last = history.get(history.size() - 1);
            assertThat(last.get("kind").asString()).isEqualTo("OVERDUE");
            assertThat(last.get("submittedBy").asString()).isEqualTo("system");
            assertThat(viewer.get("/api/alliances/restart/problems?overdue=false").json().get("count").asInt()).isZero();
        } finally {
            query.close();
        }
    }

    private static JsonNode awaitEvent(JdbcTemplate jdbc, String aggregate, String type) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            var payloads = jdbc.queryForList("""
                    SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                    WHERE aggregate_identifier = ? AND payload_type LIKE ?""", String.class, aggregate, "%" + type);
            if (!payloads.isEmpty()) {
                return Api.JSON.readTree(payloads.get(0));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No " + type + " within 15 s");
    }
}
