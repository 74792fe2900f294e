package org.allianceledger.command.zones;

import org.allianceledger.command.CommandServiceApplication;
import org.allianceledger.command.RecordedEvents;
import org.allianceledger.command.TestAlliance;
import org.allianceledger.events.AllianceJoinedZone;
import org.allianceledger.events.ZoneStream;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.allianceledger.command.zones.ZoneFixtures.zoneBody;
import static org.assertj.core.api.Assertions.assertThat;

/** Zones and joining them over real HTTP against the real event store on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = CommandServiceApplication.CONFIG_NAMES)
class ZoneApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "zone_api");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api operator;
    String alliance;
    RecordedEvents events;
    String zone;

    @BeforeEach
    void foundAllianceAndZone() {
        TestAlliance testAlliance = TestAlliance.found(port);
        operator = testAlliance.operator();
        alliance = testAlliance.id();
        events = new RecordedEvents(jdbc);
        zone = "z-" + UUID.randomUUID();
        Api.Response founded = operator.post("/api/zones", zoneBody(zone, "济北经济开发区"));
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
    }

    Api.Response join(String zoneId, String allianceId, String joinedOn) {
        Map<String, Object> body = joinedOn == null ? Map.of("allianceId", allianceId)
                : Map.of("allianceId", allianceId, "joinedOn", joinedOn);
        return operator.post("/api/zones/" + zoneId + "/alliances", body);
    }

    @Test
    void aZoneIsFoundedUnderItsIdOrAGeneratedOne() {
        String id = "jibei-" + UUID.randomUUID();
        Api.Response founded = operator.post("/api/zones", zoneBody(id, "济北经济开发区"));
        assertThat(founded.status()).isEqualTo(201);
        assertThat(founded.json().get("zoneId").asString()).isEqualTo(id);
        assertThat(founded.json().get("version").asLong()).isEqualTo(1);
        assertThat(founded.header("Location")).isEqualTo("/api/zones/" + id);
        assertThat(jdbc.queryForObject("SELECT aggregate_identifier FROM domain_event_entry WHERE payload_type LIKE '%ZoneFounded' "
                                       + "AND aggregate_identifier LIKE ?", String.class, "%" + id))
                .isEqualTo(ZoneStream.of(id));
        Api.Response generated = operator.post("/api/zones", zoneBody(null, "兖州区"));
        assertThat(generated.status()).isEqualTo(201);
        assertThat(generated.json().get("zoneId").asString()).hasSize(36);
    }

    @Test
    void foundingAgainWithTheSameBodyAnswersTheSameAndAnotherBodyIsRefused() throws Exception {
        long before = events.count();
        Api.Response again = operator.post("/api/zones", zoneBody(zone, "济北经济开发区"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("version").asLong()).isEqualTo(1);
        assertThat(events.count()).isEqualTo(before);
        events.refused(409, "ID_ALREADY_USED", () -> operator.post("/api/zones", zoneBody(zone, "济北开发区")));
    }

    @Test
    void aZoneMayShareItsIdWithAnAlliance() {
        Api.Response founded = operator.post("/api/zones", zoneBody(alliance, "同名的园区"));
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
        assertThat(founded.json().get("version").asLong()).isEqualTo(1);
        Api.Response joined = join(alliance, alliance, "2023-02-01");
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        assertThat(joined.json().get("version").asLong()).isEqualTo(events.versionAfterLast(alliance, AllianceJoinedZone.class));
    }

    @Test
    void anAllianceJoinsAZoneAndAnswersWithItsVersion() {
        Api.Response joined = join(zone, alliance, "2023-02-01");
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        assertThat(joined.json().get("allianceId").asString()).isEqualTo(alliance);
        assertThat(joined.json().get("zoneId").asString()).isEqualTo(zone);
        long version = events.versionAfterLast(alliance, AllianceJoinedZone.class);
        assertThat(joined.json().get("version").asLong()).isEqualTo(version);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                                       + "AND payload_type LIKE '%AllianceJoinedZone'", Long.class, alliance))
                .as("recorded in the alliance's own history").isEqualTo(1);

        long before = events.count();
        Api.Response again = join(zone, alliance, "2023-02-01");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("version").asLong()).as("its version now: nothing new of its own")
                .isGreaterThanOrEqualTo(version);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void joiningTodayIsTheDefault() {
        Api.Response joined = join(zone, alliance, null);
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ? "
                                       + "AND payload_type LIKE '%AllianceJoinedZone'", String.class, alliance))
                .contains(BusinessCalendar.today().toString());
    }

    @Test
    void anUnknownZoneIsNotFoundBeforeTheAllianceIsLookedFor() throws Exception {
        events.refused(404, "ZONE_NOT_FOUND", () -> join("no-such-zone", alliance, "2023-02-01"));
        events.refused(404, "ZONE_NOT_FOUND", () -> join("no-such-zone", "no-such-alliance", "2023-02-01"));
        events.refused(404, "ZONE_NOT_FOUND", () -> join(alliance, alliance, "2023-02-01"));
    }

    @Test
    void anUnknownAllianceIsNotFound() throws Exception {
        events.refused(404, "ALLIANCE_NOT_FOUND", () -> join(zone, "no-such-alliance", "2023-02-01"));
    }

    @Test
    void anAllianceInAZoneCannotJoinAnotherOrJoinAgainOnAnotherDay() throws Exception {
        assertThat(join(zone, alliance, "2023-02-01").status()).isEqualTo(200);
        String other = "z-" + UUID.randomUUID();
        assertThat(operator.post("/api/zones", zoneBody(other, "兖州区")).status()).isEqualTo(201);
        events.refused(409, "ALREADY_IN_ZONE", () -> join(other, alliance, "2023-02-01"));
        events.refused(409, "ALREADY_IN_ZONE", () -> join(zone, alliance, "2023-02-02"));
    }

    @Test
    void joiningBeforeTheZonesOrTheAlliancesFoundingIsOutOfOrder() throws Exception {
        events.refused(409, "DATE_OUT_OF_ORDER", () -> join(zone, alliance, "2021-02-28"));
        events.refused(409, "DATE_OUT_OF_ORDER", () -> join(zone, alliance, "2022-04-20"));
    }

    @Test
    void aFutureDayOrAMissingAllianceIsInvalid() throws Exception {
        String tomorrow = BusinessCalendar.today().plusDays(1).toString();
        events.refused(400, "VALIDATION_FAILED", () -> join(zone, alliance, tomorrow));
        events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post("/api/zones/" + zone + "/alliances",
                                                                                   Map.of("joinedOn", "2023-02-01")));
        events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post("/api/zones", Map.of("name", "x".repeat(201),
                "region", "济阳区", "committee", "党工委")));
        Map<String, Object> future = zoneBody(null, "未来园区");
        future.put("foundedOn", tomorrow);
        events.refused(400, "VALIDATION_FAILED", () -> operator.post("/api/zones", future));
    }

    @Test
    void zonesAskingForOneAllianceAtOnceCannotBothWin() throws Exception {
        int zones = 8;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < zones; i++) {
            ids.add("race-" + i + "-" + UUID.randomUUID());
            assertThat(operator.post("/api/zones", zoneBody(ids.get(i), "园区 " + i)).status()).isEqualTo(201);
        }
        ExecutorService pool = Executors.newFixedThreadPool(zones);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (String id : ids) {
            answers.add(pool.submit(() -> {
                start.await();
                return join(id, alliance, "2023-02-01");
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Api.Response> answer : answers) {
            Api.Response response = answer.get();
            if (response.status() == 200) {
                won++;
            } else {
                assertThat(response.status()).as(response.toString()).isEqualTo(409);
                assertThat(response.json().get("code").asString()).isEqualTo("ALREADY_IN_ZONE");
            }
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                                       + "AND payload_type LIKE '%AllianceJoinedZone'", Long.class, alliance))
                .isEqualTo(1);
    }
}
