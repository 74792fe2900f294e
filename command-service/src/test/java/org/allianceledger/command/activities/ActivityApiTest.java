package org.allianceledger.command.activities;

import org.allianceledger.command.CommandServiceApplication;
import org.allianceledger.command.RecordedEvents;
import org.allianceledger.command.TestAlliance;
import org.allianceledger.command.departments.DepartmentFixtures;
import org.allianceledger.events.ActivityRecorded;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YINGYUAN;
import static org.assertj.core.api.Assertions.assertThat;

/** The activities over real HTTP against the real event store: answers, repeats, and every refusal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {CommandServiceApplication.CONFIG_NAMES, "alliance.snapshot-threshold=3"})
class ActivityApiTest {

    static final String MARKET_BUREAU = DepartmentFixtures.MARKET.id();
    static final String TITLE = "“助学兴教”教育基金捐赠仪式";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "activity_api");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api operator;
    String alliance;
    RecordedEvents events;

    @BeforeEach
    void foundAlliance() {
        TestAlliance founded = TestAlliance.found(port);
        operator = founded.operator();
        alliance = founded.id();
        events = new RecordedEvents(jdbc);
        ok(operator.post(path("/departments"), DepartmentFixtures.joinBody(DepartmentFixtures.MARKET)));
    }

    String path(String rest) {
        return "/api/alliances/" + alliance + rest;
    }

    static Map<String, Object> body(String id, List<String> members, List<String> departments) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "kind", "PUBLIC_WELFARE", "title", TITLE, "heldOn", "2023-05-20",
                "participants", Map.of("members", members, "departments", departments),
                "donationsCny", 2600000.00, "beneficiaries", 1200));
        if (id != null) {
            body.put("activityId", id);
        }
        return body;
    }

    Api.Response record(String id, List<String> members, List<String> departments) {
        return operator.post(path("/activities"), body(id, members, departments));
    }

    void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }

    @Test
    void anActivityIsRecordedWithItsParticipantsAndChineseTextByteForByte() {
        Api.Response recorded = record("edu-fund", List.of(YIHAI.id(), BAIXIANG.id()), List.of(MARKET_BUREAU));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.header("Location")).isEqualTo(path("/activities/edu-fund"));
        assertThat(recorded.json().get("activityId").asString()).isEqualTo("edu-fund");
        assertThat(recorded.json().get("allianceId").asString()).isEqualTo(alliance);
        assertThat(recorded.json().get("version").asLong())
                .isEqualTo(events.versionAfterLast(alliance, ActivityRecorded.class));
        String stored = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type LIKE '%ActivityRecorded'", String.class, alliance);
        assertThat(stored).contains(TITLE, MARKET_BUREAU, "PUBLIC_WELFARE", "1200");
    }

    @Test
    void theSameActivityAgainRecordsNothingAndAnIdIsMadeWhenOmitted() {
        ok(record("edu-fund", List.of(YIHAI.id()), List.of()));
        long before = events.count();
        Api.Response again = record("edu-fund", List.of(YIHAI.id()), List.of());
        assertThat(again.status()).isEqualTo(201);
        assertThat(events.count()).isEqualTo(before);
        Api.Response generated = operator.post(path("/activities"), Map.of("kind", "TRAINING", "title", "食品安全培训"));
        assertThat(generated.status()).as(generated.toString()).isEqualTo(201);
        assertThat(generated.json().get("activityId").asString()).hasSize(36);
    }

    @Test
    void anotherActivityUnderAnIdInUseIsIdAlreadyUsed() throws Exception {
        ok(record("edu-fund", List.of(YIHAI.id()), List.of()));
        events.refused(409, "ID_ALREADY_USED", () -> record("edu-fund", List.of(BAIXIANG.id()), List.of()));
    }

    @Test
    void aParticipantThatIsNoMemberIsNotAMember() throws Exception {
        events.refused(409, "NOT_A_MEMBER", () -> record("a-1", List.of(YIHAI.id(), YINGYUAN.id()), List.of()));
    }

    @Test
    void aDepartmentThatWasNeverAPartnerIsDepartmentNotFound() throws Exception {
        events.refused(404, "DEPARTMENT_NOT_FOUND", () -> record("a-1", List.of(), List.of(
                DepartmentFixtures.MANUFACTURING.id())));
    }

    @Test
    void aDepartmentThatJoinedAfterTheActivityIsNotAPartnerDepartment() throws Exception {
        ok(operator.post(path("/departments"), Map.of(
                "department", Map.of("id", DepartmentFixtures.MANUFACTURING.id(), "name", DepartmentFixtures.MANUFACTURING.name()),
                "joinedOn", "2023-06-01")));
        events.refused(409, "NOT_A_PARTNER_DEPARTMENT", () -> record("a-1", List.of(), List.of(
                DepartmentFixtures.MANUFACTURING.id())));
    }

    @Test
    void anActivityBeforeTheFoundingIsDateOutOfOrder() throws Exception {
        Map<String, Object> early = body("a-1", List.of(), List.of());
        early.put("heldOn", "2021-01-01");
        events.refused(409, "DATE_OUT_OF_ORDER", () -> operator.post(path("/activities"), early));
    }

    /** Such a snapshot lacks the activities: were it used, the repeat of edu-fund would be recorded a second time. */
    @Test
    void aSnapshotOfTheAllianceTakenBeforeActivitiesExistedIsPassedOver() throws Exception {
        for (String id : List.of("edu-fund", "a-2", "a-3")) {
            ok(record(id, List.of(YIHAI.id()), List.of()));
        }
        awaitSnapshotsSettled();
        List<Map<String, Object>> snapshots = jdbc.queryForList(
                "SELECT sequence_number, payload FROM snapshot_event_entry WHERE aggregate_identifier = ?", alliance);
        assertThat(snapshots).isNotEmpty();
        for (Map<String, Object> row : snapshots) {
            tools.jackson.databind.node.ObjectNode state =
                    (tools.jackson.databind.node.ObjectNode) Api.JSON.readTree((byte[]) row.get("payload"));
            state.remove("activities");
            jdbc.update("UPDATE snapshot_event_entry SET payload = ?, payload_revision = '2' "
                        + "WHERE aggregate_identifier = ? AND sequence_number = ?",
                        Api.JSON.writeValueAsBytes(state), alliance, row.get("sequence_number"));
        }
        long before = events.count();

        Api.Response again = record("edu-fund", List.of(YIHAI.id()), List.of());

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(events.count()).isEqualTo(before);
    }

    /** Until no snapshot of the alliance has been taken for a second: they are taken after a commit, on their own thread. */
    void awaitSnapshotsSettled() throws InterruptedException {
        String seen = null;
        for (int i = 0; i < 60; i++) {
            String snapshots = jdbc.queryForObject("SELECT string_agg(sequence_number || ':' || md5(payload), ',') "
                                                   + "FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                                                   String.class, alliance);
            if (snapshots != null && snapshots.equals(seen)) {
                return;
            }
            seen = snapshots;
            Thread.sleep(1000);
        }
        throw new AssertionError("The alliance's snapshots did not settle");
    }

    @Test
    void invalidActivityBodiesAreRefused() throws Exception {
        Api off = operator.offContract();
        events.refused(400, "VALIDATION_FAILED", () -> off.post(path("/activities"), Map.of("title", TITLE)));
        events.refused(400, "VALIDATION_FAILED", () -> off.post(path("/activities"), Map.of("kind", "TRAINING")));
        JsonNode title = events.refused(400, "VALIDATION_FAILED", () -> off.post(path("/activities"),
                Map.of("kind", "TRAINING", "title", "培".repeat(201))));
        assertThat(title.get("errors").toString()).contains("title");
        JsonNode donations = events.refused(400, "VALIDATION_FAILED", () -> off.post(path("/activities"),
                Map.of("kind", "PUBLIC_WELFARE", "title", TITLE, "donationsCny", 1.005)));
        assertThat(donations.get("errors").toString()).contains("donationsCny");
        events.refused(400, "VALIDATION_FAILED", () -> off.post(path("/activities"),
                Map.of("kind", "PUBLIC_WELFARE", "title", TITLE, "donationsCny", -1)));
        events.refused(400, "VALIDATION_FAILED", () -> off.post(path("/activities"),
                Map.of("kind", "PUBLIC_WELFARE", "title", TITLE, "donationsCny", new java.math.BigDecimal("1000000000000000.01"))));
        JsonNode beneficiaries = events.refused(400, "VALIDATION_FAILED", () -> off.post(path("/activities"),
                Map.of("kind", "PUBLIC_WELFARE", "title", TITLE, "beneficiaries", -1)));
        assertThat(beneficiaries.get("errors").toString()).contains("beneficiaries");
        events.refused(400, "VALIDATION_FAILED", () -> off.post(path("/activities"),
                Map.of("kind", "PUBLIC_WELFARE", "title", TITLE, "beneficiaries", 1_000_000_001)));
        events.refused(400, "VALIDATION_FAILED", () -> off.post(path("/activities"),
                Map.of("kind", "EXCHANGE", "title", TITLE, "heldOn", "2999-01-01")));
        events.refused(400, "VALIDATION_FAILED", () -> off.post(path("/activities"),
                Map.of("kind", "EXCHANGE", "title", TITLE, "participants", Map.of("departments", List.of("11370812YKY0WCH4RX")))));
        events.refused(400, "VALIDATION_FAILED", () -> record("a-1", List.of(YIHAI.id(), YIHAI.id()), List.of()));
        events.refused(400, "MALFORMED_REQUEST", () -> off.post(path("/activities"), Map.of("kind", "CHARITY", "title", TITLE)));
        events.refused(400, "MALFORMED_REQUEST", () -> off.post(path("/activities"),
                Map.of("kind", "EXCHANGE", "title", TITLE, "beneficiaries", 1.5)));
    }
}
