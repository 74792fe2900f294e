package org.allianceledger.command.meetings;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.command.motions.CastMotionVote;
import org.allianceledger.command.motions.CloseMotion;
import org.allianceledger.events.Attendees;
import org.allianceledger.events.MeetingCancelled;
import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MotionApproved;
import org.allianceledger.events.MotionFiled;
import org.allianceledger.events.MotionKind;
import org.allianceledger.events.MotionRejected;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.platform.domain.RefusalCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.meetings.MeetingsTest.DAY;
import static org.allianceledger.command.meetings.MeetingsTest.MEETING;
import static org.allianceledger.command.meetings.MeetingsTest.MINUTES;
import static org.allianceledger.command.meetings.MeetingsTest.recorded;
import static org.allianceledger.command.meetings.MeetingsTest.scheduled;

/** Motions voted on and closed at a joint meeting, checked as application votes and closes are; one rule per test. */
class MotionsAtMeetingsTest {

    private static final String MOTION = "motion-jinmailang";
    private static final LocalDate FILED = LocalDate.of(2022, 7, 20);

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    /** Against Jinmailang: Yihai and Baixiang (the chair) vote. */
    private static MotionFiled filed() {
        return new MotionFiled(ALLIANCE, MOTION, MotionKind.EXPULSION, JINMAILANG.id(), FILED, "多次违反联盟章程",
                               List.of(BAIXIANG.id(), YIHAI.id()), Instant.parse("2022-08-03T02:00:00Z"));
    }

    private static CastMotionVote voteAtMeeting(String voter, VoteDecision decision, LocalDate on) {
        return new CastMotionVote(ALLIANCE, MOTION, voter, decision, on, MEETING);
    }

    private static MotionVoteCast votedAtMeeting(String voter, VoteDecision decision) {
        return new MotionVoteCast(ALLIANCE, MOTION, voter, decision, DAY, MEETING);
    }

    @Test
    void aMotionVoteAtAMeetingNamesIt() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), filed())
               .when(voteAtMeeting(YIHAI.id(), VoteDecision.FOR, DAY))
               .expectEvents(votedAtMeeting(YIHAI.id(), VoteDecision.FOR));
    }

    @Test
    void theDecidingMotionVoteAtAMeetingNamesItInTheDecision() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), filed(), votedAtMeeting(BAIXIANG.id(), VoteDecision.FOR))
               .when(voteAtMeeting(YIHAI.id(), VoteDecision.FOR, DAY))
               .expectEvents(votedAtMeeting(YIHAI.id(), VoteDecision.FOR),
                             new MotionApproved(ALLIANCE, MOTION, MotionKind.EXPULSION, JINMAILANG.id(), DAY,
                                                new Tally(2, 0, 0, 2), VoteClosure.ALL_VOTED, MEETING),
                             new MemberExpelled(ALLIANCE, JINMAILANG.id(), DAY, MOTION));
    }

    @Test
    void aMotionCloseAtAMeetingNamesItInTheDecision() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), filed(), votedAtMeeting(BAIXIANG.id(), VoteDecision.AGAINST))
               .when(new CloseMotion(ALLIANCE, MOTION, DAY, MEETING))
               .expectEvents(new MotionRejected(ALLIANCE, MOTION, MotionKind.EXPULSION, JINMAILANG.id(), DAY,
                                                new Tally(0, 1, 0, 2), VoteClosure.CLOSED_BY_OPERATOR,
                                                RejectionReason.VOTING_RULE_NOT_MET, MEETING));
    }

    @Test
    void aMotionVoteNamingAnUnknownMeetingIsRefused() {
        fixture.given(Yanzhou.allianceFounded(), filed())
               .when(voteAtMeeting(YIHAI.id(), VoteDecision.FOR, DAY))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_NOT_FOUND));
    }

    @Test
    void aMotionCloseNamingAnUnknownMeetingIsRefused() {
        fixture.given(Yanzhou.allianceFounded(), filed())
               .when(new CloseMotion(ALLIANCE, MOTION, DAY, MEETING))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_NOT_FOUND));
    }

    @Test
    void aMotionVoteAtACancelledMeetingIsRefused() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), filed(), new MeetingCancelled(ALLIANCE, MEETING, "疫情", DAY))
               .when(voteAtMeeting(YIHAI.id(), VoteDecision.FOR, DAY))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_CANCELLED));
    }

    @Test
    void aMotionCloseAtACancelledMeetingIsRefused() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), filed(), new MeetingCancelled(ALLIANCE, MEETING, "疫情", DAY))
               .when(new CloseMotion(ALLIANCE, MOTION, DAY, MEETING))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_CANCELLED));
    }

    @Test
    void aMotionVoteAtAMeetingIsCastOnItsDay() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), filed())
               .when(voteAtMeeting(YIHAI.id(), VoteDecision.FOR, DAY.plusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aMotionCloseAtAMeetingIsOnItsDay() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), filed())
               .when(new CloseMotion(ALLIANCE, MOTION, DAY.minusDays(1), MEETING))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void onlyAttendeesVoteOnAMotionAtARecordedMeeting() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), filed(),
                      recorded(DAY, new Attendees(List.of(YIHAI.id(), JINMAILANG.id()), List.of())))
               .when(voteAtMeeting(BAIXIANG.id(), VoteDecision.FOR, DAY))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_AN_ATTENDEE));
    }

    @Test
    void aMeetingWithMotionVotesIsRecordedWithItsVotersAmongTheAttendees() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), filed(), votedAtMeeting(BAIXIANG.id(), VoteDecision.FOR))
               .when(new RecordMeeting(ALLIANCE, MEETING, null, new Attendees(List.of(YIHAI.id()), List.of()), MINUTES))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_AN_ATTENDEE));
    }

    @Test
    void aMeetingAtWhichAMotionWasVotedOnIsNotCancelled() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), filed(), votedAtMeeting(BAIXIANG.id(), VoteDecision.FOR))
               .when(new CancelMeeting(ALLIANCE, MEETING, "疫情"))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_ALREADY_RECORDED));
    }
}
