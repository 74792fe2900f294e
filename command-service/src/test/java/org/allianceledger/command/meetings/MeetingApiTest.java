package org.allianceledger.command.meetings;

import org.allianceledger.command.CommandServiceApplication;
import org.allianceledger.command.RecordedEvents;
import org.allianceledger.command.TestAlliance;
import org.allianceledger.command.departments.DepartmentFixtures;
import org.allianceledger.platform.domain.BusinessCalendar;
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

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YINGYUAN;
import static org.allianceledger.command.membership.MembershipFixtures.applicationBody;
import static org.assertj.core.api.Assertions.assertThat;

/** The joint meetings over real HTTP against the real event store: answers, and every new problem code. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {CommandServiceApplication.CONFIG_NAMES, "alliance.snapshot-threshold=3"})
class MeetingApiTest {

    static final String MARKET_BUREAU = DepartmentFixtures.MARKET.id();
    static final String TITLE = "新一届联盟联席会";
    static final String MINUTES = "轮值单位主持；\r\n櫻源有限公司入盟申请全票通过。";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "meeting_api");
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

    Api.Response schedule(String id, String on) {
        Map<String, Object> body = new HashMap<>(Map.of("title", TITLE, "scheduledOn", on,
                                                        "agenda", List.of("企业家分享经验做法", "表决櫻源有限公司入盟申请")));
        if (id != null) {
            body.put("meetingId", id);
        }
        return operator.post(path("/meetings"), body);
    }

    Api.Response record(String id, List<String> members) {
        return operator.post(path("/meetings/" + id + "/record"),
                             Map.of("attendees", Map.of("members", members, "departments", List.of(MARKET_BUREAU)),
                                    "minutes", MINUTES));
    }

    Api.Response cancel(String id) {
        return operator.post(path("/meetings/" + id + "/cancellation"), Map.of("reason", "疫情防控，改期举行"));
    }

    Api.Response vote(String voter, String on, String meeting) {
        return operator.post(path("/applications/app-1/votes"),
                             Map.of("voter", voter, "decision", "FOR", "castOn", on, "meetingId", meeting));
    }

    void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }

    @Test
    void aMeetingIsScheduledRecordedAndTakesTheVotesOfItsAttendees() {
        Api.Response scheduled = schedule("m-1", "2022-08-05");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        assertThat(scheduled.header("Location")).isEqualTo(path("/meetings/m-1"));
        assertThat(scheduled.json().get("meetingId").asString()).isEqualTo("m-1");
        assertThat(scheduled.json().get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(scheduled.json().get("allianceId").asString()).isEqualTo(alliance);
        ok(operator.post(path("/applications"), applicationBody("app-1", YINGYUAN.id())));

        Api.Response held = record("m-1", List.of(YIHAI.id(), BAIXIANG.id(), JINMAILANG.id()));
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        assertThat(held.json().get("status").asString()).isEqualTo("HELD");
        ok(vote(YIHAI.id(), "2022-08-05", "m-1"));
        Api.Response handover = operator.post(path("/rotation/handovers"), Map.of(
                "from", BAIXIANG.id(), "to", YIHAI.id(), "effectiveOn", "2022-08-05", "meetingId", "m-1"));
        assertThat(handover.status()).as(handover.toString()).isEqualTo(200);

        String stored = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type LIKE '%MeetingRecorded'", String.class, alliance);
        assertThat(stored).contains(MINUTES.replace("\r\n", "\\r\\n"), MARKET_BUREAU);
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type LIKE '%VoteCast'", String.class, alliance))
                .contains("\"meetingId\":\"m-1\"");
    }

    @Test
    void schedulingAgainWithTheSameBodyRecordsNothingAndAnIdIsMadeWhenOmitted() {
        ok(schedule("m-1", "2022-08-05"));
        long before = events.count();
        Api.Response again = schedule("m-1", "2022-08-05");
        assertThat(again.status()).isEqualTo(201);
        assertThat(events.count()).isEqualTo(before);
        Api.Response generated = schedule(null, BusinessCalendar.today().plusYears(1).toString());
        assertThat(generated.status()).as("a year ahead is still a scheduling date").isEqualTo(201);
        assertThat(generated.json().get("meetingId").asString()).hasSize(36);
    }

    @Test
    void recordingOrCancellingAgainWithTheSameBodyRecordsNothing() {
        ok(schedule("m-1", "2022-08-05"));
        ok(record("m-1", List.of(YIHAI.id())));
        ok(schedule("m-2", "2022-09-05"));
        ok(cancel("m-2"));
        long before = events.count();
        assertThat(record("m-1", List.of(YIHAI.id())).status()).isEqualTo(200);
        Api.Response cancelled = cancel("m-2");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void anUnknownMeetingIsMeetingNotFoundEverywhere() throws Exception {
        ok(operator.post(path("/applications"), applicationBody("app-1", YINGYUAN.id())));
        events.refused(404, "MEETING_NOT_FOUND", () -> record("m-none", List.of(YIHAI.id())));
        events.refused(404, "MEETING_NOT_FOUND", () -> cancel("m-none"));
        events.refused(404, "MEETING_NOT_FOUND", () -> vote(YIHAI.id(), "2022-08-05", "m-none"));
        events.refused(404, "MEETING_NOT_FOUND", () -> operator.post(path("/applications/app-1/close"),
                                                                     Map.of("closedOn", "2022-08-05", "meetingId", "m-none")));
        events.refused(404, "MEETING_NOT_FOUND", () -> operator.post(path("/rotation/handovers"), Map.of(
                "from", BAIXIANG.id(), "to", YIHAI.id(), "effectiveOn", "2022-08-05", "meetingId", "m-none")));
    }

    @Test
    void aCancelledMeetingIsMeetingCancelled() throws Exception {
        ok(operator.post(path("/applications"), applicationBody("app-1", YINGYUAN.id())));
        ok(schedule("m-1", "2022-08-05"));
        ok(cancel("m-1"));
        events.refused(409, "MEETING_CANCELLED", () -> record("m-1", List.of(YIHAI.id())));
        events.refused(409, "MEETING_CANCELLED", () -> vote(YIHAI.id(), "2022-08-05", "m-1"));
        events.refused(409, "MEETING_CANCELLED", () -> operator.post(path("/meetings/m-1/cancellation"), Map.of("reason", "另因")));
    }

    @Test
    void aRecordedMeetingIsMeetingAlreadyRecorded() throws Exception {
        ok(schedule("m-1", "2022-08-05"));
        ok(record("m-1", List.of(YIHAI.id())));
        events.refused(409, "MEETING_ALREADY_RECORDED", () -> record("m-1", List.of(YIHAI.id(), BAIXIANG.id())));
        events.refused(409, "MEETING_ALREADY_RECORDED", () -> cancel("m-1"));
    }

    @Test
    void aVoterWhoDidNotAttendIsNotAnAttendee() throws Exception {
        ok(operator.post(path("/applications"), applicationBody("app-1", YINGYUAN.id())));
        ok(schedule("m-1", "2022-08-05"));
        ok(record("m-1", List.of(YIHAI.id(), BAIXIANG.id())));
        events.refused(409, "NOT_AN_ATTENDEE", () -> vote(JINMAILANG.id(), "2022-08-05", "m-1"));
    }

    @Test
    void aDayThatDoesNotFitIsDateOutOfOrder() throws Exception {
        ok(operator.post(path("/applications"), applicationBody("app-1", YINGYUAN.id())));
        events.refused(409, "DATE_OUT_OF_ORDER", () -> schedule("m-0", "2022-04-20"));
        ok(schedule("m-1", "2022-08-05"));
        events.refused(409, "DATE_OUT_OF_ORDER", () -> vote(YIHAI.id(), "2022-08-06", "m-1"));
        events.refused(409, "DATE_OUT_OF_ORDER", () -> operator.post(path("/rotation/handovers"), Map.of(
                "from", BAIXIANG.id(), "to", YIHAI.id(), "effectiveOn", "2022-08-04", "meetingId", "m-1")));
    }

    @Test
    void invalidMeetingBodiesAreValidationFailed() throws Exception {
        String tooFar = BusinessCalendar.today().plusYears(1).plusDays(1).toString();
        JsonNode far = events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/meetings"),
                Map.of("title", TITLE, "scheduledOn", tooFar, "agenda", List.of())));
        assertThat(far.get("errors").toString()).contains("scheduledOn");
        events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/meetings"),
                Map.of("title", "会".repeat(201), "scheduledOn", "2022-08-05")));
        JsonNode agenda = events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/meetings"),
                Map.of("title", TITLE, "scheduledOn", "2022-08-05", "agenda", List.of("议".repeat(501)))));
        assertThat(agenda.get("errors").toString()).contains("agenda");
        events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/meetings"),
                Map.of("scheduledOn", "2022-08-05")));

        ok(schedule("m-1", "2022-08-05"));
        ok(schedule("m-later", BusinessCalendar.today().plusDays(3).toString()));
        events.refused(400, "VALIDATION_FAILED", () -> record("m-later", List.of(YIHAI.id())));
        events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/meetings/m-1/record"),
                Map.of("heldOn", "2999-01-01", "attendees", Map.of("members", List.of(YIHAI.id())))));
        JsonNode department = events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/meetings/m-1/record"),
                Map.of("attendees", Map.of("members", List.of(YIHAI.id()), "departments", List.of("11370812YKY0WCH4RX")))));
        assertThat(department.get("errors").toString()).contains("INVALID_ENTERPRISE_ID");
        events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/meetings/m-1/record"),
                Map.of("attendees", Map.of("members", List.of(YIHAI.id())), "minutes", "纪要\r结束")));
        events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/meetings/m-1/record"), Map.of()));
        events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/meetings/m-1/cancellation"), Map.of()));
    }

    @Test
    void anAttendeeMustBeAMember() throws Exception {
        ok(schedule("m-1", "2022-08-05"));
        events.refused(409, "NOT_A_MEMBER", () -> record("m-1", List.of(YIHAI.id(), YINGYUAN.id())));
    }

    /** Such a snapshot lacks the meetings and their cadence: were it used, meeting m-1 would be unknown. */
    @Test
    void aSnapshotOfTheAllianceTakenBeforeMeetingsExistedIsIgnored() throws Exception {
        for (String id : List.of("m-1", "m-2", "m-3")) {
            ok(schedule(id, "2022-08-05"));
        }
        awaitSnapshotsSettled();
        for (Map<String, Object> row : jdbc.queryForList(
                "SELECT sequence_number, payload FROM snapshot_event_entry WHERE aggregate_identifier = ?", alliance)) {
            tools.jackson.databind.node.ObjectNode state =
                    (tools.jackson.databind.node.ObjectNode) Api.JSON.readTree((byte[]) row.get("payload"));
            state.remove(List.of("meetings", "cadence"));
            jdbc.update("UPDATE snapshot_event_entry SET payload = ?, payload_revision = NULL "
                        + "WHERE aggregate_identifier = ? AND sequence_number = ?",
                        Api.JSON.writeValueAsBytes(state), alliance, row.get("sequence_number"));
        }

        Api.Response held = record("m-1", List.of(YIHAI.id()));
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
    }

    /**
     * Until the overdue term and meeting (both due long ago) are recorded and no snapshot has been taken for a
     * second: snapshots are taken after a commit, on a thread of their own.
     */
    void awaitSnapshotsSettled() throws InterruptedException {
        String seen = null;
        for (int i = 0; i < 60; i++) {
            long overdue = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                                               + "AND payload_type LIKE '%Overdue'", Long.class, alliance);
            String snapshots = jdbc.queryForObject("SELECT string_agg(sequence_number || ':' || md5(payload), ',') "
                                                   + "FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                                                   String.class, alliance);
            if (overdue == 2 && snapshots != null && snapshots.equals(seen)) {
                return;
            }
            seen = snapshots;
            Thread.sleep(1000);
        }
        throw new AssertionError("The alliance's snapshots did not settle");
    }

    @Test
    void anAttendeeDepartmentMustBeAPartnerOnTheMeetingsDay() throws Exception {
        ok(schedule("m-1", "2022-08-05"));
        events.refused(404, "DEPARTMENT_NOT_FOUND", () -> operator.post(path("/meetings/m-1/record"), Map.of("attendees",
                Map.of("members", List.of(YIHAI.id()), "departments", List.of(DepartmentFixtures.MANUFACTURING.id())))));
        ok(operator.post(path("/departments/" + MARKET_BUREAU + "/withdrawal"), Map.of("effectiveOn", "2022-08-01")));
        events.refused(409, "NOT_A_PARTNER_DEPARTMENT", () -> record("m-1", List.of(YIHAI.id())));
    }

    Api.Response motionVote(String voter, String on, String meeting) {
        return operator.post(path("/motions/mo-1/votes"),
                             Map.of("voter", voter, "decision", "FOR", "castOn", on, "meetingId", meeting));
    }

    /** Against Jinmailang, so Yihai and Baixiang (the chair) vote. */
    void fileMotion() {
        ok(operator.post(path("/motions"), Map.of("motionId", "mo-1", "kind", "EXPULSION", "subject", JINMAILANG.id(),
                                                  "filedOn", "2022-07-20", "statement", "多次违反联盟章程")));
    }

    String stored(String eventType) {
        return jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type LIKE ?", String.class, alliance, "%." + eventType);
    }

    @Test
    void aMotionIsVotedOnAndClosedAtAMeeting() {
        fileMotion();
        ok(schedule("m-1", "2022-08-05"));
        ok(motionVote(YIHAI.id(), "2022-08-05", "m-1"));
        Api.Response closed = operator.post(path("/motions/mo-1/close"), Map.of("closedOn", "2022-08-05", "meetingId", "m-1"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("outcome").asString()).isEqualTo("APPROVED");

        assertThat(stored("MotionVoteCast")).contains("\"meetingId\":\"m-1\"");
        assertThat(stored("MotionApproved")).contains("\"meetingId\":\"m-1\"");
    }

    @Test
    void aMotionVoteOrCloseNamingAMeetingIsCheckedAsAnApplicationsIs() throws Exception {
        fileMotion();
        events.refused(404, "MEETING_NOT_FOUND", () -> motionVote(YIHAI.id(), "2022-08-05", "m-none"));
        events.refused(404, "MEETING_NOT_FOUND", () -> operator.post(path("/motions/mo-1/close"),
                                                                     Map.of("closedOn", "2022-08-05", "meetingId", "m-none")));
        ok(schedule("m-1", "2022-08-05"));
        events.refused(409, "DATE_OUT_OF_ORDER", () -> motionVote(YIHAI.id(), "2022-08-06", "m-1"));
        ok(record("m-1", List.of(YIHAI.id())));
        events.refused(409, "NOT_AN_ATTENDEE", () -> motionVote(BAIXIANG.id(), "2022-08-05", "m-1"));
        ok(schedule("m-2", "2022-09-05"));
        ok(cancel("m-2"));
        events.refused(409, "MEETING_CANCELLED", () -> motionVote(YIHAI.id(), "2022-09-05", "m-2"));
        events.refused(409, "MEETING_CANCELLED", () -> operator.post(path("/motions/mo-1/close"),
                                                                     Map.of("closedOn", "2022-09-05", "meetingId", "m-2")));
    }

    @Test
    void chineseTitleAgendaAndMinutesAreKeptByteForByte() {
        ok(schedule("m-1", "2022-08-05"));
        ok(record("m-1", List.of(YIHAI.id())));
        byte[] payload = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                                             + "AND payload_type LIKE '%MeetingScheduled'", byte[].class, alliance);
        assertThat(new String(payload, StandardCharsets.UTF_8)).contains(TITLE, "企业家分享经验做法");
    }
}
