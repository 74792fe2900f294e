package org.allianceledger.command.alliance;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.allianceledger.command.CommandServiceApplication;
import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.membership.MembershipFixtures;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What another instance appends is caught up with, not reloaded; an entry that cannot be caught up is sourced anew;
 * and a command takes the alliance's turn in the store, where a wait past {@code alliance.lock.wait} is 503. The
 * other instance is played here by the test: events appended through the event store, the store's lock held on a
 * connection of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {CommandServiceApplication.CONFIG_NAMES, "alliance.lock.wait=2s"})
class CatchUpAndStoreTurnsTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "catch_up");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore store;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry metrics;

    Api operator;
    String alliance;
    String base;

    @BeforeEach
    void foundAndFile() {
        operator = Api.at(port).as("operator");
        alliance = "a-" + UUID.randomUUID();
        assertStatus(operator.post("/api/alliances", Yanzhou.foundingBody(alliance)), 201);
        base = "/api/alliances/" + alliance;
        assertStatus(operator.post(base + "/applications", MembershipFixtures.applicationBody("app-1", Yanzhou.YINGYUAN.id())), 201);
    }

    @Test
    void eventsAppendedElsewhereAreAppliedToTheCachedAllianceWithoutSourcingItAnew() {
        appendBehindItsBack("app-2", 2);
        double caughtUp = loads("caught-up");
        double sourced = loads("missing") + loads("stale");

        assertStatus(vote("app-2"), 200);

        assertThat(loads("caught-up") - caughtUp).isEqualTo(1);
        assertThat(loads("missing") + loads("stale")).as("sourced from the store").isEqualTo(sourced);
        assertStatus(vote("app-1"), 200);
        assertThat(loads("current")).isPositive();
    }

    @Test
    void anEntryWhoseEventsDoNotGoOnWithoutAGapIsSourcedAnew() {
        appendBehindItsBack("app-3", 3); // nothing at 2
        double stale = loads("stale");

        assertStatus(vote("app-3"), 200);

        assertThat(loads("stale") - stale).isEqualTo(1);
    }

    @Test
    void anEntryAheadOfTheStoreIsSourcedAnew() {
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1", alliance);
        double stale = loads("stale");

        assertStatus(vote("app-1"), 404); // the store no longer has the application the entry knew

        assertThat(loads("stale") - stale).isEqualTo(1);
    }

    @Test
    void aCommandWaitsForTheAlliancesTurnInTheStoreAndPastItsWaitIsAnswered503() throws Exception {
        long events = events();
        double busy = turns("busy");
        try (Connection other = otherInstanceHoldingTheTurn()) {
            long started = System.nanoTime();
            Api.Response answer = vote("app-1");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertStatus(answer, 503);
            assertThat(answer.json().get("code").asString()).isEqualTo("SERVICE_BUSY");
            assertThat(answer.header("Retry-After")).isEqualTo("1");
            assertThat(millis).as("answered after the 2 s wait, in ms").isBetween(1900L, 5000L);
            other.rollback();
        }
        assertThat(turns("busy") - busy).isEqualTo(1);
        assertThat(events()).as("nothing recorded").isEqualTo(events);

        double waited = turns("waited");
        CompletableFuture<Api.Response> answer;
        try (Connection other = otherInstanceHoldingTheTurn()) {
            answer = CompletableFuture.supplyAsync(() -> vote("app-1"));
            Thread.sleep(500);
            assertThat(answer).as("waiting for the other instance's commit").isNotDone();
            other.commit();
        }
        assertStatus(answer.get(5, TimeUnit.SECONDS), 200);
        assertThat(turns("waited") - waited).isEqualTo(1);
        assertThat(events()).isGreaterThan(events);
    }

    /** A copy of app-1's filing under another id, appended as another instance would. */
    private void appendBehindItsBack(String application, long sequence) {
        transactions.executeWithoutResult(tx -> {
            DomainEventMessage<?> filed = store.readEvents(alliance, 1).next();
            MembershipApplied first = (MembershipApplied) filed.getPayload();
            MembershipApplied copy = new MembershipApplied(first.allianceId(), application, Yanzhou.MEMBER10,
                                                           first.filedOn(), first.statement(), first.electorate(),
                                                           first.voteWindowEndsAt());
            store.publish(new GenericDomainEventMessage<>(filed.getType(), alliance, sequence, copy, filed.getMetaData()));
        });
    }

    private Connection otherInstanceHoldingTheTurn() throws Exception {
        Connection connection = DriverManager.getConnection(TestDatabase.url("catch_up"), TestDatabase.USER, "");
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(16, hashtext(?))")) {
            lock.setString(1, alliance);
            lock.execute();
        }
        return connection;
    }

    private Api.Response vote(String application) {
        return operator.post(base + "/applications/" + application + "/votes",
                             Map.of("voter", Yanzhou.YIHAI.id(), "decision", "FOR"));
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, alliance);
    }

    private double loads(String outcome) {
        Counter counter = metrics.find("alliance.cache.loads").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private double turns(String outcome) {
        Counter counter = metrics.find("alliance.store.turns").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static void assertStatus(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }
}
