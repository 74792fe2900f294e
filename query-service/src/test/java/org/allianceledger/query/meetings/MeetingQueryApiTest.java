package org.allianceledger.query.meetings;

import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.Attendees;
import org.allianceledger.events.MeetingOverdue;
import org.allianceledger.events.MeetingRecorded;
import org.allianceledger.events.MeetingScheduled;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MotionApproved;
import org.allianceledger.events.MotionFiled;
import org.allianceledger.events.MotionKind;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.query.AllianceStream;
import org.allianceledger.query.QueryServiceApplication;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.FOUNDED_ON;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.YINGYUAN;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/** The meetings read model, filled from events in the real event store, read over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {QueryServiceApplication.CONFIG_NAMES, "alliance.read-your-writes.max-wait=1s"})
class MeetingQueryApiTest {

    static final LocalDate DAY = LocalDate.of(2023, 1, 11);
    static final String MINUTES = "轮值单位主持；\r\n櫻源有限公司入盟申请全票通过。";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "meeting_query_api");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    Api viewer;
    AllianceStream stream;
    String alliance;

    @BeforeEach
    void setUp() {
        viewer = Api.at(port).as("viewer");
        stream = AllianceStream.fresh(eventStore, "q-");
        alliance = stream.id();
    }

    long record(Object... events) {
        return stream.record(events);
    }

    String path(String rest) {
        return stream.path(rest);
    }

    /** 益海嘉里 and 白象食品 (chair) meet on 2023-01-11, admit 櫻源 and hand the chair to 益海嘉里 there. */
    long meetingWithDecisions() {
        String m = "meeting-2023-01-11";
        return record(founded(alliance, YIHAI, BAIXIANG),
                      new MeetingScheduled(alliance, m, "新一届联盟联席会", DAY, List.of("表决櫻源有限公司入盟申请")),
                      new MembershipApplied(alliance, "app-y", YINGYUAN, LocalDate.of(2022, 12, 20), "申请加入联盟",
                                            List.of(BAIXIANG.id(), YIHAI.id()), Instant.parse("2023-01-03T00:00:00Z")),
                      new MeetingRecorded(alliance, m, DAY, new Attendees(List.of(YIHAI.id(), BAIXIANG.id()),
                                                                          List.of("11370812YKY0WCH4RR")), MINUTES),
                      new VoteCast(alliance, "app-y", YIHAI.id(), VoteDecision.FOR, DAY, m),
                      new VoteCast(alliance, "app-y", BAIXIANG.id(), VoteDecision.FOR, DAY, m),
                      new ApplicationApproved(alliance, "app-y", YINGYUAN.id(), DAY, new Tally(2, 0, 0, 2),
                                              VoteClosure.ALL_VOTED, m),
                      new MemberAdmitted(alliance, YINGYUAN, DAY, "app-y"),
                      new RotationHandedOver(alliance, BAIXIANG.id(), YIHAI.id(), DAY, DAY.plusMonths(2), "交接", m));
    }

    @Test
    void aHeldMeetingReadsWithItsHostAttendeesMinutesAndDecisions() {
        long version = meetingWithDecisions();

        Api.Response answer = viewer.get(path("/meetings/meeting-2023-01-11?minVersion=" + version));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode meeting = answer.json();
        assertThat(meeting.get("status").asString()).isEqualTo("HELD");
        assertThat(meeting.get("title").asString()).isEqualTo("新一届联盟联席会");
        assertThat(meeting.get("minutes").asString()).isEqualTo(MINUTES);
        assertThat(meeting.at("/host/id").asString()).as("the chair that morning").isEqualTo(BAIXIANG.id());
        assertThat(meeting.at("/attendees/members/0/name").asString()).isEqualTo("益海嘉里");
        assertThat(meeting.at("/attendees/departments/0").asString()).isEqualTo("11370812YKY0WCH4RR");
        JsonNode decisions = meeting.get("decisions");
        assertThat(decisions).hasSize(4);
        assertThat(decisions.get(2).get("kind").asString()).isEqualTo("APPLICATION_DECIDED");
        assertThat(decisions.get(2).at("/enterprise/name").asString()).isEqualTo("櫻源有限公司");
        assertThat(decisions.get(3).get("kind").asString()).isEqualTo("HANDOVER_EFFECTIVE");

        JsonNode list = viewer.get(path("/meetings?status=HELD&minVersion=" + version)).json();
        assertThat(list.get("count").asInt()).isEqualTo(1);
        assertThat(viewer.get(path("/meetings?status=SCHEDULED,CANCELLED")).json().get("count").asInt()).isZero();
        assertThat(viewer.get(path("/meetings?asOf=2023-01-10")).json().get("count").asInt()).isZero();
    }

    /** 今麦郎 is expelled at the meeting: 益海嘉里 and 白象食品 vote for it there and the motion is decided there. */
    @Test
    void aMeetingListsTheMotionVotesCastAndTheMotionsDecidedAtIt() {
        String m = "meeting-2023-01-11";
        long version = record(founded(alliance, YIHAI, BAIXIANG, JINMAILANG),
                              new MeetingScheduled(alliance, m, "联席会", DAY, List.of("表决今麦郎除名动议")),
                              new MotionFiled(alliance, "mo-1", MotionKind.EXPULSION, JINMAILANG.id(), DAY.minusDays(5),
                                              "多次违反联盟章程", List.of(BAIXIANG.id(), YIHAI.id()),
                                              Instant.parse("2023-01-20T00:00:00Z")),
                              new MotionVoteCast(alliance, "mo-1", YIHAI.id(), VoteDecision.FOR, DAY, m),
                              new MotionVoteCast(alliance, "mo-1", BAIXIANG.id(), VoteDecision.FOR, DAY, m),
                              new MotionApproved(alliance, "mo-1", MotionKind.EXPULSION, JINMAILANG.id(), DAY,
                                                 new Tally(2, 0, 0, 2), VoteClosure.ALL_VOTED, m),
                              new MemberExpelled(alliance, JINMAILANG.id(), DAY, "mo-1"));

        Api.Response answer = viewer.get(path("/meetings/" + m + "?minVersion=" + version));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode decisions = answer.json().get("decisions");
        assertThat(decisions).hasSize(3);
        assertThat(decisions.get(0).get("kind").asString()).isEqualTo("VOTE_CAST");
        assertThat(decisions.get(0).get("motionId").asString()).isEqualTo("mo-1");
        assertThat(decisions.get(0).at("/enterprise/name").asString()).isEqualTo("益海嘉里");
        assertThat(decisions.get(0).get("decision").asString()).isEqualTo("FOR");
        assertThat(decisions.get(2).get("kind").asString()).isEqualTo("MOTION_DECIDED");
        assertThat(decisions.get(2).get("motionId").asString()).isEqualTo("mo-1");
        assertThat(decisions.get(2).at("/enterprise/id").asString()).isEqualTo(JINMAILANG.id());
        assertThat(decisions.get(2).at("/enterprise/name").asString()).as("the expelled keep their name").isEqualTo("今麦郎");
        assertThat(decisions.get(2).get("decision").asString()).isEqualTo("APPROVED");
    }

    @Test
    void theAllianceShowsWhetherAMeetingIsOverdueAndUntilWhenOneIsDue() {
        long version = record(founded(alliance, YIHAI, BAIXIANG));
        JsonNode fresh = viewer.get(path("?minVersion=" + version)).json();
        assertThat(fresh.get("meetingOverdue").asBoolean()).isFalse();
        assertThat(fresh.get("meetingDueOn").asString()).isEqualTo(FOUNDED_ON.plusMonths(2).toString());

        version = record(new MeetingOverdue(alliance, FOUNDED_ON, FOUNDED_ON.plusMonths(2)));
        assertThat(viewer.get(path("?minVersion=" + version)).json().get("meetingOverdue").asBoolean()).isTrue();

        version = record(new MeetingScheduled(alliance, "m-1", "联席会", LocalDate.of(2022, 7, 1), List.of()),
                         new MeetingRecorded(alliance, "m-1", LocalDate.of(2022, 7, 1),
                                             new Attendees(List.of(YIHAI.id()), List.of()), null));
        JsonNode cleared = viewer.get(path("?minVersion=" + version)).json();
        assertThat(cleared.get("meetingOverdue").asBoolean()).isFalse();
        assertThat(cleared.get("meetingDueOn").asString()).isEqualTo("2022-09-01");
    }

    @Test
    void anUnknownMeetingIsMeetingNotFound() {
        long version = record(founded(alliance, YIHAI, BAIXIANG));

        Api.Response answer = viewer.get(path("/meetings/none?minVersion=" + version));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo("MEETING_NOT_FOUND");
        assertThat(viewer.get("/api/alliances/nowhere/meetings").json().get("code").asString())
                .isEqualTo("ALLIANCE_NOT_FOUND");
    }

    @Test
    void badQueryParametersAreProblems() {
        long version = record(founded(alliance, YIHAI, BAIXIANG));

        for (String query : List.of("?status=HELD,,SCHEDULED", "?status=POSTPONED", "?asOf=", "?asOf=2023-13-01")) {
            Api.Response answer = viewer.offContract().get(path("/meetings" + query + "&minVersion=" + version)
                                                           .replace("meetings&", "meetings?"));
            assertThat(answer.status()).as(query + ": " + answer).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
    }
}
