package org.allianceledger.query.projections;

import org.allianceledger.events.DealKind;
import org.allianceledger.events.DealRecorded;
import org.allianceledger.events.Quantity;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.query.QueryServiceApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event a projection fails on is parked loudly: health, a metric, the admin endpoint, an ERROR line, and the
 * 404 of an alliance whose founding is parked. Projections are made to fail by a constraint the read models lack.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {QueryServiceApplication.CONFIG_NAMES, "alliance.rebuild.check-interval=100ms"})
@ExtendWith(OutputCaptureExtension.class)
class ParkedEventsTest {

    /** Each test poisons its own text: a rebuild replays the other tests' deals too. */
    static final String POISON = "毒 poison";
    static final String KEPT_POISON = "毒 kept";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "parked_events");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    final Map<String, Integer> versions = new HashMap<>();

    Api viewer() {
        return Api.at(port).as("viewer");
    }

    Api admin() {
        return Api.at(port).as("admin");
    }

    /** Appends events to the alliance's stream as the command side would, and returns its version. */
    long record(String alliance, Object... events) {
        for (Object event : events) {
            int sequence = versions.merge(alliance, 1, Integer::sum) - 1;
            eventStore.publish(new GenericDomainEventMessage<>("Alliance", alliance, sequence, event));
        }
        return versions.get(alliance);
    }

    static DealRecorded deal(String alliance, String dealId, String subject) {
        return new DealRecorded(alliance, dealId, YIHAI.id(), BAIXIANG.id(), DealKind.SUPPLY, subject,
                                new Quantity(BigDecimal.TEN, "t"), null, null, LocalDate.of(2022, 6, 15), null);
    }

    /** Founds an alliance with one deal, as the read models show it. */
    String foundedWithADeal() {
        String alliance = "parked-" + UUID.randomUUID();
        long version = record(alliance, founded(alliance, YIHAI, BAIXIANG), deal(alliance, "d1", "食用油"));
        assertThat(viewer().get("/api/alliances/" + alliance + "?minVersion=" + version).status()).isEqualTo(200);
        return alliance;
    }

    void constrain(String schema, String table, String constraint, String check) {
        jdbc.execute("ALTER TABLE " + schema + "." + table + " ADD CONSTRAINT " + constraint + " CHECK (" + check + ") NOT VALID");
    }

    void unconstrain(String schema, String table, String constraint) {
        jdbc.execute("ALTER TABLE " + schema + "." + table + " DROP CONSTRAINT " + constraint);
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

    JsonNode health() {
        Api.Response health = admin().get("/actuator/health");
        assertThat(health.status()).as("parked events are not DOWN: the service answers the other alliances").isEqualTo(200);
        return health.json();
    }

    JsonNode projection() {
        return admin().get("/api/admin/projections").json().get("projections").get(0);
    }

    double parkedMetric() {
        String metrics = admin().get("/actuator/prometheus").body();
        return metrics.lines().filter(line -> line.startsWith("alliance_projection_parked "))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("No alliance_projection_parked in " + metrics));
    }

    static boolean logged(CapturedOutput output, String... parts) {
        return output.getOut().lines().anyMatch(line -> line.contains(" ERROR ") && List.of(parts).stream().allMatch(line::contains));
    }

    JsonNode retried() {
        return admin().post("/api/admin/dead-letters/retry").json();
    }

    void assertNothingParked() {
        JsonNode health = health();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("projections").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("projections").get("details").get("parked").asLong()).isZero();
        assertThat(health.get("components").get("projections").get("details").has("parkedAlliances")).isFalse();
        assertThat(parkedMetric()).isZero();
        assertThat(projection().get("parked").get("events").asLong()).isZero();
        assertThat(projection().get("parked").get("alliances")).isEmpty();
    }

    @Test
    void anEventAProjectionFailsOnIsReportedEverywhereUntilARetryAppliesIt(CapturedOutput output) throws Exception {
        String alliance = foundedWithADeal();
        assertNothingParked();
        for (String schema : List.of("read_a", "read_b")) {
            constrain(schema, "deal", "live_poison", "subject <> '" + POISON + "'");
        }
        try {
            record(alliance, deal(alliance, "d-poison", POISON), deal(alliance, "d-after", "面粉"));

            JsonNode health = await(this::health, h -> h.get("components").get("projections").get("details")
                    .get("parked").asLong() == 2);
            assertThat(health.get("status").asString()).isEqualTo("DEGRADED");
            JsonNode projections = health.get("components").get("projections");
            assertThat(projections.get("status").asString()).isEqualTo("DEGRADED");
            assertThat(projections.get("details").get("parkedAllianceCount").asInt()).isEqualTo(1);
            JsonNode parked = projections.get("details").get("parkedAlliances").get(0);
            assertThat(parked.get("allianceId").asString()).isEqualTo(alliance);
            assertThat(parked.get("events").asLong()).as("the failing deal and the one queued behind it").isEqualTo(2);
            assertThat(parked.get("firstEvent").asString()).isEqualTo("DealRecorded");
            assertThat(parked.get("firstSequence").asLong()).isEqualTo(2);
            assertThat(parked.get("cause").asString()).startsWith("PSQLException: ").contains("live_poison")
                    .as("health is open: not the row it failed on").doesNotContain(POISON);

            assertThat(parkedMetric()).isEqualTo(2.0);

            JsonNode admin = projection().get("parked");
            assertThat(admin.get("events").asLong()).isEqualTo(2);
            assertThat(admin.get("alliances")).hasSize(1);
            assertThat(admin.get("alliances").get(0).get("allianceId").asString()).isEqualTo(alliance);
            assertThat(admin.get("alliances").get(0).get("events").asLong()).isEqualTo(2);
            assertThat(admin.get("alliances").get(0).get("firstEvent").asString()).isEqualTo("DealRecorded");
            assertThat(admin.get("alliances").get(0).get("causeType").asString()).isEqualTo("org.postgresql.util.PSQLException");
            assertThat(admin.get("alliances").get(0).get("cause").asString()).contains("live_poison");
            assertThat(admin.get("alliances").get(0).get("since").asString()).isNotBlank();

            assertThat(logged(output, "DealRecorded #2 of alliance " + alliance, "live_poison")).isTrue();
            assertThat(viewer().get("/api/alliances/" + alliance).status()).as("founded before").isEqualTo(200);
            assertThat(retried().get("remaining").asInt()).as("still failing").isEqualTo(1);
            assertThat(health().get("status").asString()).isEqualTo("DEGRADED");
        } finally {
            for (String schema : List.of("read_a", "read_b")) {
                unconstrain(schema, "deal", "live_poison");
            }
        }

        JsonNode retried = retried();
        assertThat(retried.get("processed").asInt()).isEqualTo(1);
        assertThat(retried.get("remaining").asInt()).isZero();
        assertNothingParked();
        assertThat(viewer().get("/api/alliances/" + alliance + "/deals").json().get("total").asInt()).isEqualTo(3);
    }

    @Test
    void anAllianceWhoseFoundingARebuildParkedAnswers404SayingSo(CapturedOutput output) throws Exception {
        String alliance = foundedWithADeal();
        String readFrom = projection().get("readFrom").asString();
        String target = readFrom.equals("read_a") ? "read_b" : "read_a";
        // only the copy being built refuses the alliance: it was applied live, and a replay cannot apply it
        constrain(target, "alliance", "founding_poison", "alliance_id <> '" + alliance + "'");
        try {
            rebuild(readFrom);

            Api.Response missing = viewer().get("/api/alliances/" + alliance);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("code").asString()).isEqualTo("ALLIANCE_NOT_FOUND");
            assertThat(missing.json().get("detail").asString()).contains("2 of its events are parked");
            assertThat(viewer().get("/api/alliances/" + alliance + "/members").json().get("detail").asString())
                    .contains("2 of its events are parked");
            assertThat(viewer().get("/api/alliances/nowhere").json().get("detail").asString()).isEqualTo("No alliance nowhere");

            JsonNode projections = health().get("components").get("projections");
            assertThat(projections.get("status").asString()).isEqualTo("DEGRADED");
            JsonNode parked = projections.get("details").get("parkedAlliances").get(0);
            assertThat(parked.get("allianceId").asString()).isEqualTo(alliance);
            assertThat(parked.get("firstEvent").asString()).isEqualTo("AllianceFounded");
            assertThat(parked.get("firstSequence").asLong()).isZero();
            assertThat(parked.get("cause").asString()).contains("founding_poison");
            assertThat(parkedMetric()).isEqualTo(2.0);
            assertThat(projection().get("parked").get("alliances").get(0).get("allianceId").asString()).isEqualTo(alliance);
            assertThat(logged(output, "AllianceFounded #0 of alliance " + alliance, "founding_poison")).isTrue();
        } finally {
            unconstrain(target, "alliance", "founding_poison");
        }

        assertThat(retried().get("remaining").asInt()).isZero();
        assertNothingParked();
        assertThat(viewer().get("/api/alliances/" + alliance).json().get("dealCount").asInt()).isEqualTo(1);
    }

    @Test
    void aRebuildReplaysParkedEventsInsteadOfParkingTheWholeAllianceBehindThem() throws Exception {
        String alliance = foundedWithADeal();
        for (String schema : List.of("read_a", "read_b")) {
            constrain(schema, "deal", "kept_poison", "subject <> '" + KEPT_POISON + "'");
        }
        try {
            record(alliance, deal(alliance, "d-poison", KEPT_POISON));
            await(this::parkedMetric, parked -> parked == 1);

            rebuild(projection().get("readFrom").asString());

            Api.Response after = viewer().get("/api/alliances/" + alliance);
            assertThat(after.status()).as("the founding replayed, not queued behind the parked deal").isEqualTo(200);
            assertThat(after.json().get("dealCount").asInt()).isEqualTo(1);
            JsonNode parked = projection().get("parked");
            assertThat(parked.get("events").asLong()).as("parked once, again by the replay").isEqualTo(1);
            assertThat(parked.get("alliances").get(0).get("firstSequence").asLong()).isEqualTo(2);
        } finally {
            for (String schema : List.of("read_a", "read_b")) {
                unconstrain(schema, "deal", "kept_poison");
            }
        }
        assertThat(retried().get("remaining").asInt()).isZero();
        assertNothingParked();
        assertThat(viewer().get("/api/alliances/" + alliance).json().get("dealCount").asInt()).isEqualTo(2);
    }

    /** Rebuilds the read models and waits until queries read the new copy. */
    void rebuild(String from) throws InterruptedException {
        assertThat(admin().post("/api/admin/projections/rebuild").status()).isEqualTo(202);
        await(this::projection, p -> !p.get("readFrom").asString().equals(from) && !p.has("building"));
    }

    @Autowired
    EventProcessingConfiguration processing;

    /**
     * query-service.yml turns on Axon's cache of alliances with nothing parked; the projections' own dead-letter
     * configuration replaces the one Axon derives from it, and must keep it: without it, every event of a rebuild
     * asks the database whether its alliance is parked.
     */
    @Test
    void remembersAlliancesWithNothingParked() throws Exception {
        EventHandlerInvoker invoker = processing.eventProcessor(ProjectionGroup.NAME, TrackingEventProcessor.class)
                .orElseThrow().eventHandlerInvoker();
        List<EventHandlerInvoker> invokers = invoker instanceof MultiEventHandlerInvoker multi ? multi.delegates()
                : List.of(invoker);
        assertThat(invokers).hasSize(1).first().isInstanceOf(DeadLetteringEventHandlerInvoker.class);
        Field enabled = DeadLetteringEventHandlerInvoker.class.getDeclaredField("sequenceIdentifierCacheEnabled");
        enabled.setAccessible(true);
        assertThat(enabled.getBoolean(invokers.get(0))).isTrue();
        Field size = DeadLetteringEventHandlerInvoker.class.getDeclaredField("sequenceIdentifierCacheSize");
        size.setAccessible(true);
        assertThat(size.getInt(invokers.get(0))).isEqualTo(4096);
    }
}
