package org.allianceledger.query.zones;

import org.allianceledger.events.AllianceJoinedZone;
import org.allianceledger.events.Department;
import org.allianceledger.events.DepartmentJoined;
import org.allianceledger.events.DepartmentWithdrew;
import org.allianceledger.events.InstructorAppointed;
import org.allianceledger.events.InstructorRecalled;
import org.allianceledger.events.PostingEndReason;
import org.allianceledger.events.PostingEnded;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.ZoneFounded;
import org.allianceledger.events.ZoneStream;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.query.AllianceStream;
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
    final Map<String, AllianceStream> streams = new HashMap<>();

    @BeforeEach
    void setUp() {
        viewer = Api.at(port).as("viewer");
        zone = "z-" + UUID.randomUUID();
        food = "food-" + UUID.randomUUID();
        drinks = "drinks-" + UUID.randomUUID();
    }

    /** Appends to that alliance's stream as the command side would; returns the alliance's version. */
    long record(String alliance, Object... events) {
        return streams.computeIfAbsent(alliance, id -> new AllianceStream(eventStore, id)).record(events);
    }

    void foundZone(String id) {
        eventStore.publish(new GenericDomainEventMessage<>("Zone", ZoneStream.of(id), 0,
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

    /**
     * 市场监管局 partners both alliances and counts once; 工信局 partners food until it withdraws on 04-01, which ends
     * its instructor's postings too.
     */
    @Test
    void theZoneShowsItsDistinctDepartmentsAndTheirInstructorsAsOfTheDay() throws Exception {
        Department market = new Department("11370812YKY0WCH4RR", "兖州区市场监督管理局");
        Department industry = new Department("11370812HM4C5GQF32", "兖州区工业和信息化局");
        LocalDate may = LocalDate.of(2023, 5, 1);
        foundZone(zone);
        record(food, founded(food, YIHAI, BAIXIANG), new AllianceJoinedZone(food, zone, LocalDate.of(2023, 2, 1)),
               new DepartmentJoined(food, market, LocalDate.of(2023, 2, 1)),
               new DepartmentJoined(food, industry, LocalDate.of(2023, 2, 1)),
               new InstructorAppointed(food, "zhang", "张迁", market.id(), List.of(YIHAI.id()), LocalDate.of(2023, 2, 5)),
               new InstructorAppointed(food, "li", "李指导员", industry.id(), List.of(BAIXIANG.id()), LocalDate.of(2023, 2, 5)));
        record(drinks, founded(drinks, BAIXIANG, JINMAILANG), new AllianceJoinedZone(drinks, zone, LocalDate.of(2023, 3, 1)),
               new DepartmentJoined(drinks, market, LocalDate.of(2023, 3, 1)),
               new InstructorAppointed(drinks, "wang", "王指导员", market.id(), List.of(JINMAILANG.id()), LocalDate.of(2023, 3, 2)));
        long version = record(food, new PostingEnded(food, "li", BAIXIANG.id(), LocalDate.of(2023, 4, 1),
                                                     PostingEndReason.DEPARTMENT_WITHDREW),
                              new InstructorRecalled(food, "li", LocalDate.of(2023, 4, 1)),
                              new DepartmentWithdrew(food, industry.id(), LocalDate.of(2023, 4, 1)));
        viewer.get("/api/alliances/" + food + "/departments?minVersion=" + version);

        JsonNode march = zoneView("?asOf=2023-03-15", z -> z.get("instructorCount").asInt() == 3);
        assertThat(march.get("departmentCount").asInt()).isEqualTo(2);
        JsonNode first = march.get("departments").get(0);
        assertThat(first.get("id").asString()).isEqualTo(industry.id());
        assertThat(ids(march.get("departments"), "id")).containsExactly(industry.id(), market.id());
        List<String> marketIn = new ArrayList<>();
        march.get("departments").get(1).get("alliances").forEach(a -> marketIn.add(a.asString()));
        assertThat(marketIn).as("a partner of both alliances, counted once").containsExactlyInAnyOrder(food, drinks);
        assertThat(ids(march.get("instructors"), "id")).containsExactlyInAnyOrder("zhang", "li", "wang");
        for (JsonNode instructor : march.get("instructors")) {
            if (instructor.get("id").asString().equals("wang")) {
                assertThat(instructor.get("allianceId").asString()).isEqualTo(drinks);
                assertThat(instructor.get("department").get("name").asString()).isEqualTo("兖州区市场监督管理局");
                assertThat(ids(instructor.get("serves"), "id")).containsExactly(JINMAILANG.id());
            }
        }

        JsonNode later = zoneView("?asOf=" + may, z -> z.get("departmentCount").asInt() == 1);
        assertThat(ids(later.get("departments"), "id")).containsExactly(market.id());
        assertThat(ids(later.get("instructors"), "id")).containsExactlyInAnyOrder("zhang", "wang");
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
