package org.allianceledger.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.allianceledger.platform.domain.UnifiedSocialCreditCode;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A joint meeting votes at once through two command-service instances: they take turns on the alliance in the
 * store, each catching up with what the other recorded, and every vote succeeds on its merits, recorded exactly once.
 */
class TwoCommandInstancesTest {

    /**
     * Each instance keeps the alliances it last wrote in memory (AllianceCache): one that acts on its own copy after
     * the other instance changed the alliance would refuse on a state that is no longer so. Here every command goes
     * to the instance that did not write the previous one, and each depends on the one before.
     */
    @Test
    void eachInstanceActsOnWhatTheOtherRecordedLast() {
        String database = TestDatabase.url("two_instances_turns");
        ConfigurableApplicationContext first = Services.command(database);
        ConfigurableApplicationContext second = Services.command(database);
        try {
            Scenario yanzhou = Scenario.yanzhou();
            Api one = Services.api(first, "operator");
            Api two = Services.api(second, "operator");
            yanzhou.apply(one, java.util.Set.of("found"));
            String alliance = "/api/alliances/yanzhou-food-drug";
            List<String> electors = List.of("yuda", "yihai", "baixiang", "jinmailang", "renhetang", "haiyu",
                                            "xinshiji", "member8", "member9");
            for (int round = 0; round < 3; round++) {
                Api files = round % 2 == 0 ? two : one;
                Api votes = round % 2 == 0 ? one : two;
                String application = "app-round" + round;
                // the voting instance last wrote this alliance before the application existed
                assertThat(files.post(alliance + "/applications", Map.of(
                        "applicationId", application, "filedOn", "2022-07-20",
                        "enterprise", Map.of("id", UnifiedSocialCreditCode.withCheckCharacter("91370812" + String.format("%09d", 700 + round)),
                                            "name", "申请企业" + round))).status())
                        .isEqualTo(201);
                for (int i = 0; i < electors.size() - 1; i++) { // the last elector's vote would close it
                    Api via = i % 2 == 0 ? votes : files;
                    Api.Response vote = via.post(alliance + "/applications/" + application + "/votes",
                            Map.of("voter", yanzhou.id(electors.get(i)), "decision", "AGAINST", "castOn", "2022-08-05"));
                    assertThat(vote.status()).as(vote.toString()).isEqualTo(200);
                    // the same vote again, through the other instance: refused, as it knows of the first
                    Api.Response again = (via == one ? two : one).post(alliance + "/applications/" + application + "/votes",
                            Map.of("voter", yanzhou.id(electors.get(i)), "decision", "FOR", "castOn", "2022-08-05"));
                    assertThat(again.status()).as(again.toString()).isEqualTo(409);
                }
            }
        } finally {
            second.close();
            first.close();
        }
    }

    /**
     * An instance whose copy of the alliance is behind (the other instance wrote last) applies what it missed to
     * its copy, reading only those events, instead of sourcing the alliance anew from its snapshot and events.
     */
    @Test
    void anInstanceBehindTheOtherCatchesUpInsteadOfSourcingTheAllianceAnew() {
        String database = TestDatabase.url("two_instances_catch_up");
        ConfigurableApplicationContext first = Services.command(database);
        ConfigurableApplicationContext second = Services.command(database);
        try {
            Scenario yanzhou = Scenario.yanzhou();
            Api one = Services.api(first, "operator");
            Api two = Services.api(second, "operator");
            yanzhou.apply(one, java.util.Set.of("found"));
            String alliance = "/api/alliances/yanzhou-food-drug";
            Map<String, Double> before = Map.of("one-missing", loads(first, "missing"), "two-missing", loads(second, "missing"));
            assertThat(two.post(alliance + "/applications", Map.of(
                    "applicationId", "app-member10", "filedOn", "2022-07-20",
                    "enterprise", Map.of("id", yanzhou.id("member10"), "name", "成员企业十（未具名）"))).status())
                    .isEqualTo(201);
            List<String> electors = List.of("yuda", "yihai", "baixiang", "jinmailang", "renhetang", "haiyu",
                                            "xinshiji", "member8", "member9");
            for (int i = 0; i < electors.size(); i++) { // the last vote admits the applicant: each vote counted once
                Api via = i % 2 == 0 ? one : two;
                Api.Response vote = via.post(alliance + "/applications/app-member10/votes",
                        Map.of("voter", yanzhou.id(electors.get(i)), "decision", "FOR", "castOn", "2022-08-05"));
                assertThat(vote.status()).as(vote.toString()).isEqualTo(200);
            }
            // at least: a deadline falling due (the founding's first chair term is long over) may load it too
            assertThat(loads(first, "caught-up")).as("each vote through the first after the second's").isGreaterThanOrEqualTo(5);
            assertThat(loads(second, "caught-up")).as("each vote through the second after the first's").isGreaterThanOrEqualTo(4);
            assertThat(loads(first, "missing") - before.get("one-missing")).as("sourced anew by the first").isZero();
            assertThat(loads(second, "missing") - before.get("two-missing")).as("the second's first load only").isEqualTo(1);
            assertThat(loads(first, "stale") + loads(second, "stale")).isZero();
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database, TestDatabase.USER, ""));
            assertThat(jdbc.queryForObject("""
                    SELECT count(*) FROM domain_event_entry
                    WHERE aggregate_identifier = 'yanzhou-food-drug' AND payload_type LIKE '%MemberAdmitted'""", Long.class))
                    .isEqualTo(1);
        } finally {
            second.close();
            first.close();
        }
    }

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
            // the alliance's store turn held elsewhere until both instances wait for it: they then meet at once,
            // however fast each command would have been alone
            try (Connection holder = DriverManager.getConnection(database, TestDatabase.USER, "")) {
                holder.setAutoCommit(false);
                takeStoreTurn(holder);
                for (int round = 0; round < 2; round++) { // each vote twice, once through each instance
                    for (int i = 0; i < electors.size(); i++) {
                        Api via = (i + round) % 2 == 0 ? one : two;
                        String voter = yanzhou.id(electors.get(i));
                        answers.add(pool.submit(() -> via.post("/api/alliances/yanzhou-food-drug/applications/app-member10/votes",
                                Map.of("voter", voter, "decision", "FOR", "castOn", "2022-08-05"))));
                    }
                }
                awaitStoreTurnWaiters(holder, 2);
                holder.commit();
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
            // the instances took turns on the alliance in the store: they waited for each other, never lost a race
            assertThat(turns(first, "waited") + turns(second, "waited")).isPositive();
            assertThat(retries(first) + retries(second)).as("commands sent again after a lost race").isZero();

            // a command that waits for the store's turn past alliance.lock.wait (5 s) is told the alliance is busy
            try (Connection other = DriverManager.getConnection(database, TestDatabase.USER, "")) {
                other.setAutoCommit(false);
                takeStoreTurn(other);
                Api.Response busy = two.post("/api/alliances/yanzhou-food-drug/applications/app-member10/votes",
                                             Map.of("voter", yanzhou.id("yuda"), "decision", "FOR", "castOn", "2022-08-05"));
                assertThat(busy.status()).as(busy.toString()).isEqualTo(503);
                assertThat(busy.json().get("code").asString()).isEqualTo("SERVICE_BUSY");
                other.rollback();
            }
        } finally {
            second.close();
            first.close();
        }
    }

    private static void takeStoreTurn(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(16, hashtext(?))")) {
            lock.setString(1, "yanzhou-food-drug");
            lock.execute();
        }
    }

    /** Until {@code waiters} transactions wait for an advisory lock, within the services' 5 s wait for a turn. */
    private static void awaitStoreTurnWaiters(Connection connection, int waiters) throws Exception {
        long deadline = System.nanoTime() + 4_000_000_000L;
        while (true) {
            try (PreparedStatement waiting = connection.prepareStatement(
                    """
                    SELECT count(*) FROM pg_locks
                    WHERE locktype = 'advisory' AND NOT granted
                      AND database = (SELECT oid FROM pg_database WHERE datname = current_database())""");
                 ResultSet count = waiting.executeQuery()) {
                count.next();
                if (count.getInt(1) >= waiters) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("%d commands waiting for the store's turn", waiters).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static double loads(ConfigurableApplicationContext service, String outcome) {
        Counter counter = service.getBean(MeterRegistry.class).find("alliance.cache.loads").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static double turns(ConfigurableApplicationContext service, String outcome) {
        Counter counter = service.getBean(MeterRegistry.class).find("alliance.store.turns").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static double retries(ConfigurableApplicationContext service) {
        Counter counter = service.getBean(MeterRegistry.class).find("alliance.command.retries").counter();
        return counter == null ? 0 : counter.count();
    }
}
