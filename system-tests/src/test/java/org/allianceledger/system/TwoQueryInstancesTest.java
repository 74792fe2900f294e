package org.allianceledger.system;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two query-service instances on one database share the projections' segments, switch to a rebuilt copy together
 * whichever of them was asked, take over each other's segments, and never write into a copy queries do not read:
 * every deal command-service acknowledged is readable through both, with {@code minVersion}, at every step.
 */
@Timeout(180)
class TwoQueryInstancesTest {

    static final String ALLIANCE = "yanzhou-food-drug";
    /** Within the claim timeout (5 s) and the time it takes to notice a claim ran out and take the segment. */
    static final Duration TAKEOVER = Duration.ofSeconds(10);

    static ConfigurableApplicationContext commandService;
    static Api operator;
    static Scenario yanzhou = Scenario.yanzhou();
    static final AtomicInteger deals = new AtomicInteger();

    @BeforeAll
    static void start() {
        String database = TestDatabase.url("two_query_instances");
        commandService = Services.command(database);
        operator = Services.api(commandService, "operator");
        yanzhou.apply(operator, Set.of("found"));
    }

    @AfterAll
    static void stop() {
        commandService.close();
    }

    static ConfigurableApplicationContext queryService() {
        return Services.query(TestDatabase.url("two_query_instances"), "--alliance.rebuild.check-interval=100ms");
    }

    @Test
    void theInstancesShareTheSegmentsAndATakeoverTakesLessThanTenSeconds() throws Exception {
        ConfigurableApplicationContext first = queryService();
        ConfigurableApplicationContext second = queryService();
        try {
            awaitShared(first, second);
            Map<String, Long> before = new TreeMap<>();
            deal(before);
            assertReadable(before, first, second);

            // an instance whose processor has stopped takes no share: the other keeps both segments, for good
            processor(second).shutDown();
            String one = node(first);
            await(TAKEOVER, () -> owners(status(first)).equals(Set.of(one)),
                  () -> "the running instance did not take every segment: " + status(first));
            for (int i = 0; i < 20; i++) {
                assertThat(owners(status(first))).as("segments released to an instance that cannot claim them")
                        .containsExactly(one);
                Thread.sleep(250);
            }
            processor(second).start();
            awaitShared(first, second);

            second.close();
            long stopped = System.nanoTime();
            String survivor = node(first);
            await(TAKEOVER, () -> owners(status(first)).equals(Set.of(survivor)),
                  () -> "the survivor did not take every segment: " + status(first));
            System.out.printf("takeover of a stopped instance's segments: %.1f s%n", (System.nanoTime() - stopped) / 1e9);
            deal(before);
            assertReadable(before, first);
        } finally {
            second.close();
            first.close();
        }
    }

    @Test
    void aRebuildAskedOfEitherInstanceIsSeenByBothAndLosesNoAcknowledgedDeal() throws Exception {
        ConfigurableApplicationContext first = queryService();
        ConfigurableApplicationContext second = queryService();
        Map<String, Long> recorded = new ConcurrentSkipListMap<>();
        List<String> refused = new CopyOnWriteArrayList<>();
        AtomicBoolean recording = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            while (recording.get()) {
                try {
                    deal(recorded);
                    Thread.sleep(50);
                } catch (AssertionError | InterruptedException e) {
                    refused.add(String.valueOf(e));
                    return;
                }
            }
        });
        try {
            awaitShared(first, second);
            writer.start();
            List<Integer> answers = new ArrayList<>();
            for (ConfigurableApplicationContext asked : List.of(second, first)) {
                String readFrom = status(asked).get("readFrom").asString();
                Api.Response answer = Services.api(asked, "admin").post("/api/admin/projections/rebuild");
                assertThat(answer.status()).as(answer.toString()).isIn(202, 409);
                answers.add(answer.status());
                if (answer.status() == 409) {
                    assertThat(answer.json().get("code").asString()).isEqualTo("REBUILD_NOT_HERE");
                    continue;
                }
                awaitRebuilt(readFrom, first, second);
                assertReadable(recorded, first, second);
            }
            assertThat(answers).as("at least one instance rebuilt").contains(202);

            // both at once: one starts it, the other is told
            String readFrom = status(first).get("readFrom").asString();
            ExecutorService askers = Executors.newFixedThreadPool(2);
            List<Api.Response> both = new ArrayList<>();
            List<Callable<Api.Response>> asks = List.of(
                    () -> Services.api(first, "admin").post("/api/admin/projections/rebuild"),
                    () -> Services.api(second, "admin").post("/api/admin/projections/rebuild"));
            for (Future<Api.Response> answer : askers.invokeAll(asks)) {
                both.add(answer.get());
            }
            askers.shutdown();
            assertThat(both).extracting(Api.Response::status).as(both.toString()).containsExactlyInAnyOrder(202, 409);
            assertThat(both).filteredOn(answer -> answer.status() == 409)
                    .extracting(answer -> answer.json().get("code").asString())
                    .containsAnyOf("REBUILD_IN_PROGRESS", "REBUILD_NOT_HERE");
            awaitRebuilt(readFrom, first, second);

            recording.set(false);
            writer.join();
            assertThat(refused).isEmpty();
            assertThat(recorded).hasSizeGreaterThan(10);
            assertReadable(recorded, first, second);
            awaitShared(first, second);
            deal(recorded);
            assertReadable(recorded, first, second);
        } finally {
            recording.set(false);
            writer.join();
            second.close();
            first.close();
        }
    }

    /**
     * An instance started before a rebuild, which another instance ran, writes into the rebuilt copy once it has the
     * other's segments too: what it applies after the other stopped is what queries read.
     */
    @Test
    void anInstanceStartedBeforeARebuildWritesWhereQueriesReadAfterTheOtherStops() throws Exception {
        ConfigurableApplicationContext holder = queryService();
        ConfigurableApplicationContext standBy = queryService();
        try {
            Map<String, Long> recorded = new TreeMap<>();
            deal(recorded);
            assertReadable(recorded, holder, standBy);
            String readFrom = status(holder).get("readFrom").asString();
            Api.Response rebuild = Services.api(holder, "admin").post("/api/admin/projections/rebuild");
            assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
            awaitRebuilt(readFrom, holder);
            deal(recorded);
            assertReadable(recorded, holder, standBy);

            holder.close();
            deal(recorded);
            // it has applied the deal, whichever segment the deal is in: it holds the stopped one's segments now
            await(TAKEOVER, () -> status(standBy).get("lag").asLong() == 0,
                  () -> "the stand-by did not catch up: " + status(standBy));
            for (int i = 0; i < 3; i++) {
                deal(recorded);
            }
            assertReadable(recorded, standBy);
            assertThat(owners(status(standBy))).containsExactly(node(standBy));
        } finally {
            standBy.close();
            holder.close();
        }
    }

    /** Records a deal through command-service, into {@code recorded}: its id and the version acknowledged. */
    static void deal(Map<String, Long> recorded) {
        String dealId = "deal-" + deals.incrementAndGet();
        Api.Response answer = operator.post("/api/alliances/" + ALLIANCE + "/deals", Map.of(
                "dealId", dealId, "from", yanzhou.id("yihai"), "to", yanzhou.id("haiyu"), "kind", "SUPPLY",
                "subject", "菜籽油 " + dealId));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        recorded.put(dealId, answer.json().get("version").asLong());
    }

    /** Every deal is readable through each instance, waiting for the highest version: fresh, not stale. */
    static void assertReadable(Map<String, Long> recording, ConfigurableApplicationContext... instances) {
        Map<String, Long> recorded = new TreeMap<>(recording); // the writer may go on meanwhile
        long version = recorded.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        for (ConfigurableApplicationContext instance : instances) {
            Api.Response answer = Services.api(instance, "viewer")
                    .get("/api/alliances/" + ALLIANCE + "/deals?size=500&minVersion=" + version);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.header("Read-Model-Stale")).as("stale at version %d on %s", version, node(instance))
                    .isNull();
            Set<String> shown = new HashSet<>();
            answer.json().get("deals").forEach(deal -> shown.add(deal.get("dealId").asString()));
            assertThat(shown).as("deals shown by %s", node(instance)).containsAll(recorded.keySet());
        }
    }

    static StreamingEventProcessor processor(ConfigurableApplicationContext instance) {
        return instance.getBean(EventProcessingConfiguration.class)
                .eventProcessor("projections", StreamingEventProcessor.class).orElseThrow();
    }

    static JsonNode status(ConfigurableApplicationContext instance) {
        return Services.api(instance, "admin").get("/api/admin/projections").json().get("projections").get(0);
    }

    static String node(ConfigurableApplicationContext instance) {
        return status(instance).path("node").asString();
    }

    /** Which instance holds each segment, as the answering instance reports it. */
    static Set<String> owners(JsonNode projection) {
        Set<String> owners = new HashSet<>();
        projection.get("segments").forEach(segment -> owners.add(segment.path("owner").asString(null)));
        return owners;
    }

    /** Until each instance holds at least one segment, as both of them report. */
    static void awaitShared(ConfigurableApplicationContext first, ConfigurableApplicationContext second)
            throws InterruptedException {
        await(Duration.ofSeconds(20), () -> {
            Set<String> nodes = new HashSet<>(List.of(node(first), node(second)));
            return owners(status(first)).equals(nodes) && owners(status(second)).equals(nodes);
        }, () -> "the segments are not shared: " + status(first) + "\n" + status(second));
    }

    /** Until both instances read a copy other than {@code from}, with no rebuild under way. */
    static void awaitRebuilt(String from, ConfigurableApplicationContext... instances) throws InterruptedException {
        await(Duration.ofSeconds(30), () -> {
            for (ConfigurableApplicationContext instance : instances) {
                JsonNode projection = status(instance);
                if (projection.get("readFrom").asString().equals(from) || projection.hasNonNull("building")) {
                    return false;
                }
            }
            return true;
        }, () -> "the rebuild did not finish: " + Arrays.stream(instances).map(i -> status(i).toString())
                .collect(Collectors.joining("\n")));
    }

    static void await(Duration within, Supplier<Boolean> condition, Supplier<String> failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure.get());
            }
            Thread.sleep(100);
        }
    }
}
