package org.allianceledger.query.zones;

import org.allianceledger.events.AllianceJoinedZone;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.ZoneFounded;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.query.QueryServiceApplication;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.YINGYUAN;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/** Zones, filled from events in the real event store, read over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {QueryServiceApplication.CONFIG_NAMES, "alliance.read-your-writes.max-wait=5s"})
class ZoneQueryApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "zone_query_api");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    Api viewer;
    String zone;
    String food;
    String drinks;
    final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void setUp() {
        viewer = Api.at(port).as("viewer");
        zone = "z-" + UUID.randomUUID();
        food = "food-" + UUID.randomUUID();
        drinks = "drinks-" + UUID.randomUUID();
    }

    /** Appends to an alliance's stream as the command side would; returns the alliance's version. */
    long record(String alliance, Object... events) {
        for (Object event : events) {
            long sequence = sequences.merge(alliance, 1L, Long::sum) - 1;
            eventStore.publish(new GenericDomainEventMessage<>("Alliance", alliance, sequence, event));
        }
        return sequences.get(alliance);
    }

    void foundZone(String id) {
        eventStore.publish(new GenericDomainEventMessage<>("Zone", "zone:" + id, 0,
                new ZoneFounded(id, "济北经济开发区", "济阳区, 济南市, 山东省", "济北经济开发区党工委", LocalDate.of(2021, 3, 1))));
    }

    /** The zone as the read models show it once they satisfy {@code until}: zones are read without minVersion. */
    JsonNode zoneView(String query, Predicate<JsonNode> until) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Api.Response answer = viewer.get("/api/zones/" + zone + query);
            if (answer.status() == 200 && until.test(answer.json()) || System.nanoTime() > deadline) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                return answer.json();
            }
            Thread.sleep(50);
        }
    }

    static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        list.forEach(node -> ids.add(node.get(field).asString()));
        return ids;
    }

    /**
     * 白象食品 sits in both alliances and counts once; 櫻源 joins drinks on 03-10, 益海嘉里 leaves food on 04-01, and
     * drinks' chair passes to 今麦郎 on 03-15.
     */
    @Test
    void theZoneShowsItsAlliancesAndDistinctEnterprisesAsOfTheDay() throws Exception {
        foundZone(zone);
        record(food, founded(food, YIHAI, BAIXIANG), new AllianceJoinedZone(food, zone, LocalDate.of(2023, 2, 1)));
        record(drinks, founded(drinks, BAIXIANG, JINMAILANG), new AllianceJoinedZone(drinks, zone, LocalDate.of(2023, 3, 1)),
               new MemberAdmitted(drinks, YINGYUAN, LocalDate.of(2023, 3, 10), "app-y"),
               new RotationHandedOver(drinks, BAIXIANG.id(), JINMAILANG.id(), LocalDate.of(2023, 3, 15),
                                      LocalDate.of(2023, 5, 15), "交接"));
        long foodVersion = record(food, new MemberWithdrew(food, YIHAI.id(), LocalDate.of(2023, 4, 1), "迁出"));
        viewer.get("/api/alliances/" + food + "/members?minVersion=" + foodVersion);

        JsonNode february = zoneView("?asOf=2023-02-15", z -> z.get("allianceCount").asInt() == 1);
        assertThat(february.get("name").asString()).isEqualTo("济北经济开发区");
        assertThat(february.get("committee").asString()).isEqualTo("济北经济开发区党工委");
        assertThat(february.get("asOf").asString()).isEqualTo("2023-02-15");
        assertThat(ids(february.get("alliances"), "allianceId")).containsExactly(food);
        assertThat(ids(february.get("enterprises"), "id")).containsExactlyInAnyOrder(YIHAI.id(), BAIXIANG.id());

        JsonNode march = zoneView("?asOf=2023-03-12", z -> z.get("enterpriseCount").asInt() == 4);
        assertThat(ids(march.get("alliances"), "allianceId")).containsExactly(food, drinks);
        JsonNode drinksThen = march.get("alliances").get(1);
        assertThat(drinksThen.get("memberCount").asInt()).isEqualTo(3);
        assertThat(drinksThen.get("joinedOn").asString()).isEqualTo("2023-03-01");
        assertThat(drinksThen.get("chair").asString()).isEqualTo(BAIXIANG.id());
        assertThat(drinksThen.get("chairName").asString()).isEqualTo(BAIXIANG.name());
        Map<String, List<String>> sitsIn = new HashMap<>();
        for (JsonNode enterprise : march.get("enterprises")) {
            List<String> alliances = new ArrayList<>();
            enterprise.get("alliances").forEach(a -> alliances.add(a.asString()));
            sitsIn.put(enterprise.get("id").asString(), alliances);
        }
        assertThat(sitsIn.keySet()).containsExactlyInAnyOrder(YIHAI.id(), BAIXIANG.id(), JINMAILANG.id(), YINGYUAN.id());
        assertThat(sitsIn.get(BAIXIANG.id())).as("in both alliances, counted once").containsExactlyInAnyOrder(food, drinks);
        assertThat(march.get("enterprises").toString()).contains(BAIXIANG.name(), YINGYUAN.name());

        JsonNode afterHandover = zoneView("?asOf=2023-03-20", z -> true);
        assertThat(afterHandover.get("alliances").get(1).get("chair").asString()).isEqualTo(JINMAILANG.id());

        JsonNode now = zoneView("", z -> z.get("enterpriseCount").asInt() == 3);
        assertThat(now.has("asOf")).isFalse();
        assertThat(ids(now.get("enterprises"), "id"))
                .containsExactlyInAnyOrder(BAIXIANG.id(), JINMAILANG.id(), YINGYUAN.id());
        assertThat(now.get("alliances").get(0).get("memberCount").asInt()).isEqualTo(1);

        JsonNode listed = viewer.get("/api/zones").json();
        JsonNode summary = null;
        for (JsonNode z : listed.get("zones")) {
            if (z.get("zoneId").asString().equals(zone)) {
                summary = z;
            }
        }
        assertThat(summary).isNotNull();
        assertThat(summary.get("allianceCount").asInt()).isEqualTo(2);
        assertThat(summary.get("enterpriseCount").asInt()).isEqualTo(3);
    }

    @Test
    void aZoneMayShareItsIdWithAnAllianceAndCountsForNoAlliancesVersion() throws Exception {
        zone = food;
        long version = record(food, founded(food, YIHAI, BAIXIANG), new AllianceJoinedZone(food, zone, LocalDate.of(2023, 2, 1)));
        foundZone(zone);

        JsonNode view = zoneView("", z -> z.get("allianceCount").asInt() == 1);
        assertThat(ids(view.get("alliances"), "allianceId")).containsExactly(food);
        JsonNode alliance = viewer.get("/api/alliances/" + food + "?minVersion=" + version).json();
        assertThat(alliance.get("version").asLong()).isEqualTo(version);
    }

    @Test
    void anUnknownZoneIsANotFoundProblem() {
        Api.Response answer = viewer.get("/api/zones/no-such-zone");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo("ZONE_NOT_FOUND");
    }

    @Test
    void anEmptyOrMalformedDayIsInvalid() {
        foundZone(zone);
        for (String query : List.of("?asOf=", "?asOf=2023-02-30")) {
            Api.Response answer = viewer.offContract().get("/api/zones/" + zone + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        }
    }
}
