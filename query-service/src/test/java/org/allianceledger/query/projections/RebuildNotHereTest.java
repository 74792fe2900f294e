package org.allianceledger.query.projections;

import org.allianceledger.events.DealKind;
import org.allianceledger.events.DealRecorded;
import org.allianceledger.events.Quantity;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.query.QueryServiceApplication;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild needs every segment. Asked of an instance that cannot get one of them in time (another instance holds
 * it and does not let go), it answers 409 {@code REBUILD_NOT_HERE} and has changed nothing: no copy marked as being
 * built, no token reset, the views where they were, and the projections going on into the copy queries read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {QueryServiceApplication.CONFIG_NAMES, "alliance.rebuild.check-interval=100ms",
                              "alliance.rebuild.release-timeout=2s"})
@Timeout(120)
class RebuildNotHereTest {

    static final String OTHER = "another-instance";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "rebuild_not_here");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRebuildThatCannotHaveEverySegmentIsRefusedAndChangesNothing() throws Exception {
        String alliance = inSegmentZero();
        assertThat(readable(alliance, record(alliance, 0, founded(alliance, YIHAI, BAIXIANG), deal(alliance, "d1")))).isTrue();
        await(() -> jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = 'projections'",
                                        Integer.class), count -> count == 2);

        // another instance holds segment 1 and keeps renewing its claim, whatever it is asked
        ScheduledExecutorService other = Executors.newSingleThreadScheduledExecutor();
        other.scheduleWithFixedDelay(() -> jdbc.update("""
                UPDATE token_entry SET owner = ?, "timestamp" = ? WHERE processor_name = 'projections' AND segment = 1""",
                OTHER, Instant.now().toString()), 0, 300, TimeUnit.MILLISECONDS);
        try {
            await(() -> jdbc.queryForObject("SELECT owner FROM token_entry WHERE processor_name = 'projections' AND segment = 1",
                                            String.class), OTHER::equals);
            Map<String, Object> state = state();
            String views = views();

            Api.Response answer = admin().post("/api/admin/projections/rebuild");
            Thread.sleep(500); // several rebuild checks: none may switch anything
            assertThat(views()).as("where queries read").isEqualTo(views);
            assertThat(state()).isEqualTo(state);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().get("code").asString()).isEqualTo("REBUILD_NOT_HERE");
            assertThat(answer.json().get("detail").asString()).contains(OTHER);
            JsonNode projection = projection();
            assertThat(projection.hasNonNull("building")).isFalse();
            assertThat(projection.get("segments").get(0).get("replaying").asBoolean()).as("segment 0 not reset").isFalse();
            assertThat(projection.get("segments").get(0).get("owner").asString()).isEqualTo(projection.get("node").asString());
            assertThat(projection.get("segments").get(1).get("owner").asString()).isEqualTo(OTHER);
            assertThat(readable(alliance, record(alliance, 2, deal(alliance, "d2"))))
                    .as("this instance goes on writing where queries read").isTrue();
        } finally {
            other.shutdownNow();
            other.awaitTermination(5, TimeUnit.SECONDS);
        }

        // once the other instance's claim has run out, this one takes the segment, and a rebuild goes through
        JsonNode node = projection();
        await(this::projection, projection -> node.get("node").equals(projection.get("segments").get(1).get("owner")));
        String readFrom = node.get("readFrom").asString();
        assertThat(admin().post("/api/admin/projections/rebuild").status()).isEqualTo(202);
        await(this::projection, projection -> !projection.get("readFrom").asString().equals(readFrom)
                                              && !projection.hasNonNull("building"));
        assertThat(readable(alliance, record(alliance, 3, deal(alliance, "d3")))).isTrue();
        assertThat(viewer().get("/api/alliances/" + alliance + "/deals").json().get("total").asInt()).isEqualTo(3);
    }

    /** An alliance id whose events segment 0 handles (Axon's segments split aggregate ids by their hash code). */
    static String inSegmentZero() {
        while (true) {
            String alliance = "not-here-" + UUID.randomUUID();
            if ((alliance.hashCode() & 1) == 0) {
                return alliance;
            }
        }
    }

    long record(String alliance, int from, Object... events) {
        for (int i = 0; i < events.length; i++) {
            eventStore.publish(new GenericDomainEventMessage<>("Alliance", alliance, from + i, events[i]));
        }
        return from + events.length;
    }

    boolean readable(String alliance, long version) {
        Api.Response answer = viewer().get("/api/alliances/" + alliance + "?minVersion=" + version);
        return answer.status() == 200 && answer.header("Read-Model-Stale") == null;
    }

    Map<String, Object> state() {
        return jdbc.queryForMap("SELECT * FROM read_model_state");
    }

    /** What each view of public reads. */
    String views() {
        return String.join("\n", jdbc.queryForList(
                "SELECT viewname || ': ' || definition FROM pg_views WHERE schemaname = 'public' ORDER BY viewname",
                String.class));
    }

    static DealRecorded deal(String alliance, String dealId) {
        return new DealRecorded(alliance, dealId, YIHAI.id(), BAIXIANG.id(), DealKind.SUPPLY, "食用油",
                                new Quantity(BigDecimal.TEN, "t"), null, null, LocalDate.of(2022, 6, 15), null);
    }

    Api viewer() {
        return Api.at(port).as("viewer");
    }

    Api admin() {
        return Api.at(port).as("admin");
    }

    JsonNode projection() {
        return admin().get("/api/admin/projections").json().get("projections").get(0);
    }

    static <T> T await(Supplier<T> read, Predicate<T> until) throws InterruptedException {
        T last = null;
        for (int i = 0; i < 300; i++) {
            last = read.get();
            if (until.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Not within 30 s; last seen: " + last);
    }
}
