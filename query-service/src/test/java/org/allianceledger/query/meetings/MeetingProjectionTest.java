package org.allianceledger.query.meetings;

import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.Attendees;
import org.allianceledger.events.MeetingCancelled;
import org.allianceledger.events.MeetingRecorded;
import org.allianceledger.events.MeetingScheduled;
import org.allianceledger.events.MotionApproved;
import org.allianceledger.events.MotionKind;
import org.allianceledger.events.MotionRejected;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.query.meetings.MeetingQueries.MeetingDecision;
import org.allianceledger.query.meetings.MeetingQueries.MeetingEnterprise;
import org.allianceledger.query.meetings.MeetingQueries.MeetingView;
import org.allianceledger.query.meetings.MeetingQueries.MeetingStatus;
import org.allianceledger.query.projections.ProjectionBench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.FOUNDED_ON;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.YINGYUAN;
import static org.allianceledger.query.QueryFixtures.YUDA;
import static org.allianceledger.query.projections.ProjectionBench.anAlliance;
import static org.assertj.core.api.Assertions.assertThat;

/** The meetings read model as the projection writes it and MeetingQueries reads it back. */
class MeetingProjectionTest {

    static final ProjectionBench bench = ProjectionBench.on("projection_meetings");
    static final LocalDate DAY = LocalDate.of(2023, 1, 11);
    static final String MEETING = "meeting-2023-01-11";
    static final String BUREAU = "11370812YKY0WCH4RR";
    static final String MINUTES = "轮值单位山东育达主持；\r\n櫻源有限公司入盟申请全票通过。\n\t附：签到表";
    static final Attendees ATTENDEES = new Attendees(List.of(YUDA.id(), YIHAI.id(), BAIXIANG.id()), List.of(BUREAU));

    final String alliance = anAlliance();
    final ProjectionBench.Feed meetings =
            bench.feed(new MeetingProjection(bench.jdbc(), bench.writer(), JsonMapper.builder().build()));
    final MeetingQueries queries = new MeetingQueries(bench.jdbc(), JsonMapper.builder().build());

    MeetingScheduled scheduled() {
        return new MeetingScheduled(alliance, MEETING, "新一届联盟联席会", DAY, List.of("企业家分享经验做法", "表决櫻源有限公司入盟申请"));
    }

    MeetingRecorded recorded() {
        return new MeetingRecorded(alliance, MEETING, DAY, ATTENDEES, MINUTES);
    }

    MeetingView only() {
        return queries.meeting(alliance, MEETING, null).orElseThrow();
    }

    @BeforeEach
    void chairsAndMembers() {
        // Yihai chaired from the founding, Yuda from 2023-01-01 (the chair terms' and members' read models)
        bench.jdbc().sql("INSERT INTO chair_term (alliance_id, term_no, chair, since, term_ends) VALUES (?, 0, ?, ?, ?), (?, 5, ?, ?, ?)")
                .params(alliance, YIHAI.id(), FOUNDED_ON, FOUNDED_ON.plusMonths(2),
                        alliance, YUDA.id(), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 1)).update();
        for (var member : List.of(YIHAI, BAIXIANG, YUDA, JINMAILANG)) {
            bench.jdbc().sql("INSERT INTO member (alliance_id, enterprise_id, name, member_since, admitted_by) VALUES (?, ?, ?, ?, 'FOUNDING')")
                    .params(alliance, member.id(), member.name(), FOUNDED_ON).update();
        }
    }

    @Test
    void aScheduledMeetingIsListedWithItsAgendaAndTheChairOfItsDayAsHost() {
        meetings.live(scheduled());

        MeetingView meeting = only();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(meeting.title()).isEqualTo("新一届联盟联席会");
        assertThat(meeting.agenda()).containsExactly("企业家分享经验做法", "表决櫻源有限公司入盟申请");
        assertThat(meeting.host()).isEqualTo(new MeetingEnterprise(YUDA.id(), YUDA.name()));
        assertThat(meeting.attendees()).isNull();
        assertThat(meeting.decisions()).isEmpty();
    }

    @Test
    void theHostIsTheChairOnTheDayTheMeetingWasHeld() {
        meetings.live(scheduled(), new MeetingRecorded(alliance, MEETING, LocalDate.of(2022, 12, 20), ATTENDEES, null));

        assertThat(only().host()).isEqualTo(new MeetingEnterprise(YIHAI.id(), YIHAI.name()));
        assertThat(only().day()).isEqualTo(LocalDate.of(2022, 12, 20));
    }

    @Test
    void aHeldMeetingKeepsItsAttendeesAndMinutesByteForByte() {
        meetings.live(scheduled(), recorded());

        MeetingView meeting = only();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(meeting.heldOn()).isEqualTo(DAY);
        assertThat(meeting.minutes()).isEqualTo(MINUTES);
        assertThat(meeting.attendees().members()).extracting(MeetingEnterprise::id)
                .containsExactly(YUDA.id(), YIHAI.id(), BAIXIANG.id());
        assertThat(meeting.attendees().members().get(0).name()).isEqualTo("山东育达健康科技股份有限公司");
        assertThat(meeting.attendees().departments()).containsExactly(BUREAU);
    }

    @Test
    void aCancelledMeetingKeepsItsReason() {
        meetings.live(scheduled(), new MeetingCancelled(alliance, MEETING, "疫情防控，改期举行", LocalDate.of(2023, 1, 5)));

        assertThat(only().status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(only().cancellationReason()).isEqualTo("疫情防控，改期举行");
        assertThat(only().cancelledOn()).isEqualTo(LocalDate.of(2023, 1, 5));
    }

    @Test
    void theDecisionsOfAMeetingAreWhatNamedItInTheOrderTaken() {
        meetings.live(scheduled(), recorded(),
                      new VoteCast(alliance, "app-y", YIHAI.id(), VoteDecision.FOR, DAY, MEETING),
                      new VoteCast(alliance, "app-z", BAIXIANG.id(), VoteDecision.AGAINST, DAY),
                      new ApplicationApproved(alliance, "app-y", YINGYUAN.id(), DAY, new Tally(3, 0, 0, 3),
                                              VoteClosure.ALL_VOTED, MEETING),
                      new RotationHandedOver(alliance, YUDA.id(), JINMAILANG.id(), DAY, DAY.plusMonths(2), null, MEETING),
                      new RotationHandedOver(alliance, JINMAILANG.id(), YIHAI.id(), DAY, DAY.plusMonths(2), null));

        MeetingEnterprise yihai = new MeetingEnterprise(YIHAI.id(), YIHAI.name());
        MeetingEnterprise jinmailang = new MeetingEnterprise(JINMAILANG.id(), JINMAILANG.name());
        assertThat(only().decisions()).containsExactly(
                new MeetingDecision("VOTE_CAST", DAY, "app-y", null, yihai, "FOR", null),
                new MeetingDecision("APPLICATION_DECIDED", DAY, "app-y", null, new MeetingEnterprise(YINGYUAN.id(), null),
                                    "APPROVED", null),
                new MeetingDecision("HANDOVER_EFFECTIVE", DAY, null, null, jinmailang, null, YUDA.id()));
    }

    @Test
    void theMotionVotesAndDecisionsAtAMeetingAreAmongItsDecisions() {
        meetings.live(scheduled(), recorded(),
                      new MotionVoteCast(alliance, "mo-j", YIHAI.id(), VoteDecision.FOR, DAY, MEETING),
                      new MotionVoteCast(alliance, "mo-j", YUDA.id(), VoteDecision.ABSTAIN, DAY),
                      new MotionApproved(alliance, "mo-j", MotionKind.EXPULSION, JINMAILANG.id(), DAY,
                                         new Tally(2, 0, 1, 3), VoteClosure.CLOSED_BY_OPERATOR, MEETING),
                      new MotionVoteCast(alliance, "mo-b", BAIXIANG.id(), VoteDecision.AGAINST, DAY, MEETING),
                      new MotionRejected(alliance, "mo-b", MotionKind.EXPULSION, YUDA.id(), DAY, new Tally(0, 1, 0, 3),
                                         VoteClosure.CLOSED_BY_OPERATOR, RejectionReason.QUORUM_NOT_MET, MEETING),
                      new MotionRejected(alliance, "mo-c", MotionKind.EXPULSION, YIHAI.id(), DAY, new Tally(0, 0, 0, 3),
                                         VoteClosure.VOTE_WINDOW_EXPIRED, RejectionReason.QUORUM_NOT_MET));

        assertThat(only().decisions()).containsExactly(
                new MeetingDecision("VOTE_CAST", DAY, null, "mo-j", new MeetingEnterprise(YIHAI.id(), YIHAI.name()),
                                    "FOR", null),
                new MeetingDecision("MOTION_DECIDED", DAY, null, "mo-j",
                                    new MeetingEnterprise(JINMAILANG.id(), JINMAILANG.name()), "APPROVED", null),
                new MeetingDecision("VOTE_CAST", DAY, null, "mo-b", new MeetingEnterprise(BAIXIANG.id(), BAIXIANG.name()),
                                    "AGAINST", null),
                new MeetingDecision("MOTION_DECIDED", DAY, null, "mo-b", new MeetingEnterprise(YUDA.id(), YUDA.name()),
                                    "REJECTED", null));
    }

    @Test
    void aDecisionHandledTwiceIsListedOnce() {
        var vote = bench.message(new VoteCast(alliance, "app-y", YIHAI.id(), VoteDecision.FOR, DAY, MEETING));
        meetings.live(scheduled());
        meetings.live(vote, vote);

        assertThat(only().decisions()).hasSize(1);
    }

    @Test
    void aReplayWritesWhatLiveEventsWrite() {
        meetings.reset();
        meetings.replayed(scheduled(), recorded(), new VoteCast(alliance, "app-y", YIHAI.id(), VoteDecision.FOR, DAY, MEETING));

        assertThat(only().status()).isEqualTo(MeetingStatus.HELD);
        assertThat(only().minutes()).isEqualTo(MINUTES);
        assertThat(only().decisions()).hasSize(1);
    }

    @Test
    void theResetEmptiesTheMeetingsAndTheirDecisions() {
        meetings.live(scheduled(), new VoteCast(alliance, "app-y", YIHAI.id(), VoteDecision.FOR, DAY, MEETING));

        meetings.reset();

        assertThat(bench.rows("SELECT * FROM meeting WHERE alliance_id = ?", alliance)).isEmpty();
        assertThat(bench.rows("SELECT * FROM meeting_decision WHERE alliance_id = ?", alliance)).isEmpty();
    }

    @Test
    void meetingsAreFilteredByStatusAndListedByDay() {
        meetings.live(new MeetingScheduled(alliance, "m-later", "第二次", DAY.plusMonths(2), List.of()), scheduled(),
                      recorded());

        assertThat(queries.meetings(alliance, EnumSet.allOf(MeetingStatus.class), null))
                .extracting(MeetingView::meetingId).containsExactly(MEETING, "m-later");
        assertThat(queries.meetings(alliance, EnumSet.of(MeetingStatus.SCHEDULED), null))
                .extracting(MeetingView::meetingId).containsExactly("m-later");
    }

    @Test
    void asOfADayTheMeetingsWhoseDayHadComeAreListedAsTheyStoodThen() {
        meetings.live(scheduled(), new MeetingScheduled(alliance, "m-later", "第二次", DAY.plusMonths(2), List.of()),
                      new MeetingCancelled(alliance, "m-later", "改期", DAY.plusMonths(3)));

        assertThat(queries.meetings(alliance, EnumSet.allOf(MeetingStatus.class), DAY.minusDays(1))).isEmpty();
        assertThat(queries.meetings(alliance, EnumSet.allOf(MeetingStatus.class), DAY.plusMonths(2)))
                .extracting(MeetingView::meetingId, MeetingView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MEETING, MeetingStatus.SCHEDULED),
                                 org.assertj.core.groups.Tuple.tuple("m-later", MeetingStatus.SCHEDULED));
        assertThat(queries.meeting(alliance, MEETING, DAY.minusDays(1))).isEmpty();
    }
}
