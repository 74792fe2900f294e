package org.allianceledger.system;

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
 * meetings' cadence scheduled at the founding still records that a meeting is overdue.
 */
class DeadlineAfterRestartTest {

    /** Founded today, so that no deadline is due before the restart: each fires only because time is moved on. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void theVoteWindowAndTheMeetingCadenceFireAfterARestartOfCommandService() throws Exception {
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
        before.close();

        ConfigurableApplicationContext after = Services.command(database);
        try {
            // seven days pass, and two months: the window's scheduled time (and the chair term's and the meetings'
            // cadence's) is brought forward to now
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
        } finally {
            after.close();
        }
    }

    private static JsonNode awaitEvent(JdbcTemplate jdbc, String alliance, String type) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            var payloads = jdbc.queryForList("""
                    SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                    WHERE aggregate_identifier = ? AND payload_type LIKE ?""", String.class, alliance, "%" + type);
            if (!payloads.isEmpty()) {
                return Api.JSON.readTree(payloads.get(0));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No " + type + " within 15 s");
    }
}
