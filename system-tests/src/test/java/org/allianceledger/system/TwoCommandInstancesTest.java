package org.allianceledger.system;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A joint meeting votes at once through two command-service instances: their writes to one alliance collide
 * in the event store, and every vote still succeeds on its merits, recorded exactly once.
 */
class TwoCommandInstancesTest {

    @Test
    void parallelVotesThroughTwoInstancesAreEachRecordedOnce() throws Exception {
        String database = TestDatabase.url("two_instances");
        ConfigurableApplicationContext first = Services.command(database);
        ConfigurableApplicationContext second = Services.command(database);
        try {
            Scenario yanzhou = Scenario.yanzhou();
            Api one = Services.api(first, "operator");
            Api two = Services.api(second, "operator");
            yanzhou.apply(one, java.util.Set.of("found"));
            assertThat(one.post("/api/alliances/yanzhou-food-drug/applications", Map.of(
                    "applicationId", "app-member10", "filedOn", "2022-07-20",
                    "enterprise", Map.of("id", yanzhou.id("member10"), "name", "成员企业十（未具名）"))).status())
                    .isEqualTo(201);

            List<String> electors = List.of("yuda", "yihai", "baixiang", "jinmailang", "renhetang", "haiyu",
                                            "xinshiji", "member8", "member9");
            ExecutorService pool = Executors.newFixedThreadPool(electors.size() * 2);
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int round = 0; round < 2; round++) { // each vote twice, once through each instance
                for (int i = 0; i < electors.size(); i++) {
                    Api via = (i + round) % 2 == 0 ? one : two;
                    String voter = yanzhou.id(electors.get(i));
                    answers.add(pool.submit(() -> via.post("/api/alliances/yanzhou-food-drug/applications/app-member10/votes",
                            Map.of("voter", voter, "decision", "FOR", "castOn", "2022-08-05"))));
                }
            }
            for (Future<Api.Response> answer : answers) {
                assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(200);
            }
            pool.shutdown();

            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database, TestDatabase.USER, ""));
            assertThat(jdbc.queryForObject("""
                    SELECT count(*) FROM domain_event_entry
                    WHERE aggregate_identifier = 'yanzhou-food-drug' AND payload_type LIKE '%VoteCast'""", Long.class))
                    .isEqualTo(9);
            assertThat(jdbc.queryForObject("""
                    SELECT count(*) FROM domain_event_entry
                    WHERE aggregate_identifier = 'yanzhou-food-drug' AND payload_type LIKE '%MemberAdmitted'""", Long.class))
                    .isEqualTo(1);
        } finally {
            second.close();
            first.close();
        }
    }
}
