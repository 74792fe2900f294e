package org.allianceledger.command.meetings;

import org.allianceledger.command.AllianceVersion;
import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.command.departments.DepartmentFixtures;
import org.allianceledger.command.membership.CastVote;
import org.allianceledger.command.membership.CloseVote;
import org.allianceledger.command.rotation.HandOverRotation;
import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.Attendees;
import org.allianceledger.events.DepartmentJoined;
import org.allianceledger.events.MeetingCancelled;
import org.allianceledger.events.MeetingRecorded;
import org.allianceledger.events.MeetingScheduled;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteCast;
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
import java.util.TreeSet;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.FOUNDED_ON;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YINGYUAN;
import static org.allianceledger.command.Yanzhou.YUDA;

/** The joint meetings' rules (API.md part two, "Joint meetings"), one rule per test. */
class MeetingsTest {

    static final String MEETING = "meeting-2022-08-05";
    static final LocalDate DAY = LocalDate.of(2022, 8, 5);
    static final String APP = "app-yingyuan";
    static final List<String> AGENDA = List.of("企业家分享经验做法", "表决櫻源有限公司入盟申请");
    static final Attendees ALL_FOUNDERS = new Attendees(List.of(YIHAI.id(), BAIXIANG.id(), JINMAILANG.id()),
                                                        List.of(DepartmentFixtures.MARKET.id()));
    static final String MINUTES = "轮值单位主持；\n櫻源有限公司入盟申请全票通过。";
    static final List<String> ELECTORATE =
            List.copyOf(new TreeSet<>(List.of(YIHAI.id(), BAIXIANG.id(), JINMAILANG.id())));

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    static MeetingScheduled scheduled() {
        return new MeetingScheduled(ALLIANCE, MEETING, "联盟联席会", DAY, AGENDA);
    }

    static ScheduleMeeting schedule() {
        return new ScheduleMeeting(ALLIANCE, MEETING, "联盟联席会", DAY, AGENDA);
    }

    /** The department that ALL_FOUNDERS names, a partner since the founding. */
    static DepartmentJoined partner() {
        return DepartmentFixtures.joined(DepartmentFixtures.MARKET);
    }

    static MeetingRecorded recorded(LocalDate heldOn, Attendees attendees) {
        return new MeetingRecorded(ALLIANCE, MEETING, heldOn, attendees, MINUTES);
    }

    static MembershipApplied applied() {
        return new MembershipApplied(ALLIANCE, APP, YINGYUAN, LocalDate.of(2022, 7, 20), "申请加入", ELECTORATE,
                                     Instant.parse("2022-08-03T00:00:00Z"));
    }

    static CastVote voteAtMeeting(String voter, LocalDate on) {
        return new CastVote(ALLIANCE, APP, voter, VoteDecision.FOR, on, MEETING);
    }

    // scheduling

    @Test
    void aScheduledMeetingKeepsItsTitleDayAndAgenda() {
        fixture.given(Yanzhou.allianceFounded())
               .when(schedule())
               .expectEvents(scheduled())
               .expectResultMessagePayload(new MeetingStanding(ALLIANCE, MEETING, 2, MeetingStatus.SCHEDULED));
    }

    @Test
    void schedulingAgainWithTheSameBodyRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), scheduled())
               .when(schedule())
               .expectNoEvents()
               .expectResultMessagePayload(new MeetingStanding(ALLIANCE, MEETING, 2, MeetingStatus.SCHEDULED));
    }

    @Test
    void aMeetingIdReusedForAnotherBodyIsRefused() {
        fixture.given(Yanzhou.allianceFounded(), scheduled())
               .when(new ScheduleMeeting(ALLIANCE, MEETING, "另一次会议", DAY, AGENDA))
               .expectNoEvents()
               .expectException(refused(RefusalCode.ID_ALREADY_USED));
    }

    @Test
    void aMeetingIsNotScheduledBeforeTheFounding() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new ScheduleMeeting(ALLIANCE, MEETING, "联盟联席会", FOUNDED_ON.minusDays(1), AGENDA))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    // recording

    @Test
    void aMeetingRecordedWithoutADayWasHeldOnItsScheduledDay() {
        fixture.given(Yanzhou.allianceFounded(), partner(), scheduled())
               .when(new RecordMeeting(ALLIANCE, MEETING, null, ALL_FOUNDERS, MINUTES))
               .expectEvents(recorded(DAY, ALL_FOUNDERS))
               .expectResultMessagePayload(new MeetingStanding(ALLIANCE, MEETING, 4, MeetingStatus.HELD));
    }

    @Test
    void aMeetingMayBeHeldOnAnotherDayThanScheduled() {
        fixture.given(Yanzhou.allianceFounded(), partner(), scheduled())
               .when(new RecordMeeting(ALLIANCE, MEETING, DAY.plusDays(3), ALL_FOUNDERS, MINUTES))
               .expectEvents(recorded(DAY.plusDays(3), ALL_FOUNDERS));
    }

    @Test
    void aMeetingIsNotRecordedAsHeldBeforeItsDayHasCome() {
        fixture.givenCurrentTime(Instant.parse("2022-08-04T02:00:00Z"))
               .andGiven(Yanzhou.allianceFounded(), scheduled())
               .when(new RecordMeeting(ALLIANCE, MEETING, null, ALL_FOUNDERS, MINUTES))
               .expectNoEvents()
               .expectException(refused(RefusalCode.VALIDATION_FAILED));
    }

    @Test
    void recordingAgainWithTheSameBodyRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), recorded(DAY, ALL_FOUNDERS))
               .when(new RecordMeeting(ALLIANCE, MEETING, null, ALL_FOUNDERS, MINUTES))
               .expectNoEvents()
               .expectResultMessagePayload(new MeetingStanding(ALLIANCE, MEETING, 3, MeetingStatus.HELD));
    }

    @Test
    void aRecordedMeetingIsNotRecordedDifferently() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), recorded(DAY, ALL_FOUNDERS))
               .when(new RecordMeeting(ALLIANCE, MEETING, null, ALL_FOUNDERS, "另一份纪要"))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_ALREADY_RECORDED));
    }

    @Test
    void aCancelledMeetingIsNotRecorded() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), new MeetingCancelled(ALLIANCE, MEETING, "疫情", DAY))
               .when(new RecordMeeting(ALLIANCE, MEETING, null, ALL_FOUNDERS, MINUTES))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_CANCELLED));
    }

    @Test
    void attendeeMembersAreMembersOnTheDayOfTheMeeting() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(),
                      new MemberAdmitted(ALLIANCE, YUDA, DAY.plusDays(1), "app-yuda"))
               .when(new RecordMeeting(ALLIANCE, MEETING, null, new Attendees(List.of(YIHAI.id(), YUDA.id()), List.of()),
                                       MINUTES))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
    }

    @Test
    void anAttendeeIsNamedOnce() {
        fixture.given(Yanzhou.allianceFounded(), scheduled())
               .when(new RecordMeeting(ALLIANCE, MEETING, null, new Attendees(List.of(YIHAI.id(), YIHAI.id()), List.of()),
                                       MINUTES))
               .expectNoEvents()
               .expectException(refused(RefusalCode.VALIDATION_FAILED));
    }

    @Test
    void aMeetingIsNotHeldBeforeTheFounding() {
        fixture.given(Yanzhou.allianceFounded(), scheduled())
               .when(new RecordMeeting(ALLIANCE, MEETING, FOUNDED_ON.minusDays(1), ALL_FOUNDERS, MINUTES))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void anUnknownMeetingIsNotRecorded() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new RecordMeeting(ALLIANCE, "no-meeting", null, ALL_FOUNDERS, MINUTES))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_NOT_FOUND));
    }

    // cancelling

    @Test
    void aCancelledMeetingKeepsTheReasonAndTheDayOfTheCancellation() {
        fixture.givenCurrentTime(Instant.parse("2022-08-01T02:00:00Z"))
               .andGiven(Yanzhou.allianceFounded(), scheduled())
               .when(new CancelMeeting(ALLIANCE, MEETING, "疫情防控，改期举行"))
               .expectEvents(new MeetingCancelled(ALLIANCE, MEETING, "疫情防控，改期举行", LocalDate.of(2022, 8, 1)))
               .expectResultMessagePayload(new MeetingStanding(ALLIANCE, MEETING, 3, MeetingStatus.CANCELLED));
    }

    @Test
    void cancellingAgainForTheSameReasonRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), new MeetingCancelled(ALLIANCE, MEETING, "疫情", DAY))
               .when(new CancelMeeting(ALLIANCE, MEETING, "疫情"))
               .expectNoEvents()
               .expectResultMessagePayload(new MeetingStanding(ALLIANCE, MEETING, 3, MeetingStatus.CANCELLED));
    }

    @Test
    void aCancelledMeetingIsNotCancelledForAnotherReason() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), new MeetingCancelled(ALLIANCE, MEETING, "疫情", DAY))
               .when(new CancelMeeting(ALLIANCE, MEETING, "场地"))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_CANCELLED));
    }

    @Test
    void aHeldMeetingIsNotCancelled() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), recorded(DAY, ALL_FOUNDERS))
               .when(new CancelMeeting(ALLIANCE, MEETING, "疫情"))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_ALREADY_RECORDED));
    }

    @Test
    void aMeetingAtWhichDecisionsWereTakenIsNotCancelled() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), applied(),
                      new VoteCast(ALLIANCE, APP, YIHAI.id(), VoteDecision.FOR, DAY, MEETING))
               .when(new CancelMeeting(ALLIANCE, MEETING, "疫情"))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_ALREADY_RECORDED));
    }

    @Test
    void anUnknownMeetingIsNotCancelled() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new CancelMeeting(ALLIANCE, "no-meeting", "疫情"))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_NOT_FOUND));
    }

    // votes, closes and handovers at a meeting

    @Test
    void aVoteAtAMeetingNamesIt() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), applied())
               .when(voteAtMeeting(YIHAI.id(), DAY))
               .expectEvents(new VoteCast(ALLIANCE, APP, YIHAI.id(), VoteDecision.FOR, DAY, MEETING));
    }

    @Test
    void theDecidingVoteAtAMeetingNamesItInTheDecision() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), applied(),
                      new VoteCast(ALLIANCE, APP, YIHAI.id(), VoteDecision.FOR, DAY, MEETING),
                      new VoteCast(ALLIANCE, APP, BAIXIANG.id(), VoteDecision.FOR, DAY, MEETING))
               .when(voteAtMeeting(JINMAILANG.id(), DAY))
               .expectEvents(new VoteCast(ALLIANCE, APP, JINMAILANG.id(), VoteDecision.FOR, DAY, MEETING),
                             new ApplicationApproved(ALLIANCE, APP, YINGYUAN.id(), DAY, new Tally(3, 0, 0, 3),
                                                     VoteClosure.ALL_VOTED, MEETING),
                             new MemberAdmitted(ALLIANCE, YINGYUAN, DAY, APP));
    }

    @Test
    void aVoteNamingAnUnknownMeetingIsRefused() {
        fixture.given(Yanzhou.allianceFounded(), applied())
               .when(voteAtMeeting(YIHAI.id(), DAY))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_NOT_FOUND));
    }

    @Test
    void aVoteAtACancelledMeetingIsRefused() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), applied(), new MeetingCancelled(ALLIANCE, MEETING, "疫情", DAY))
               .when(voteAtMeeting(YIHAI.id(), DAY))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_CANCELLED));
    }

    @Test
    void aVoteAtAMeetingIsCastOnItsScheduledDay() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), applied())
               .when(voteAtMeeting(YIHAI.id(), DAY.plusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aVoteAtAHeldMeetingIsCastOnTheDayItWasHeld() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), applied(), recorded(DAY.plusDays(2), ALL_FOUNDERS))
               .when(voteAtMeeting(YIHAI.id(), DAY))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void onlyAttendeesVoteAtARecordedMeeting() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), applied(),
                      recorded(DAY, new Attendees(List.of(YIHAI.id(), BAIXIANG.id()), List.of())))
               .when(voteAtMeeting(JINMAILANG.id(), DAY))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_AN_ATTENDEE));
    }

    @Test
    void aMeetingWithVotesIsRecordedWithItsVotersAmongTheAttendees() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), applied(),
                      new VoteCast(ALLIANCE, APP, JINMAILANG.id(), VoteDecision.FOR, DAY, MEETING))
               .when(new RecordMeeting(ALLIANCE, MEETING, null, new Attendees(List.of(YIHAI.id()), List.of()), MINUTES))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_AN_ATTENDEE));
    }

    @Test
    void aMeetingWithDecisionsIsRecordedAsHeldOnTheirDay() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), applied(),
                      new VoteCast(ALLIANCE, APP, YIHAI.id(), VoteDecision.FOR, DAY, MEETING))
               .when(new RecordMeeting(ALLIANCE, MEETING, DAY.plusDays(1), ALL_FOUNDERS, MINUTES))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aCloseAtAMeetingNamesItInTheDecision() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), applied(),
                      new VoteCast(ALLIANCE, APP, YIHAI.id(), VoteDecision.FOR, DAY, MEETING),
                      new VoteCast(ALLIANCE, APP, BAIXIANG.id(), VoteDecision.FOR, DAY, MEETING))
               .when(new CloseVote(ALLIANCE, APP, DAY, MEETING))
               .expectEvents(new ApplicationApproved(ALLIANCE, APP, YINGYUAN.id(), DAY, new Tally(2, 0, 0, 3),
                                                     VoteClosure.CLOSED_BY_OPERATOR, MEETING),
                             new MemberAdmitted(ALLIANCE, YINGYUAN, DAY, APP));
    }

    @Test
    void aCloseAtAMeetingIsOnItsDay() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), applied())
               .when(new CloseVote(ALLIANCE, APP, DAY.minusDays(1), MEETING))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aCloseAtACancelledMeetingIsRefused() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), applied(), new MeetingCancelled(ALLIANCE, MEETING, "疫情", DAY))
               .when(new CloseVote(ALLIANCE, APP, DAY, MEETING))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_CANCELLED));
    }

    @Test
    void aHandoverAtAMeetingNamesIt() {
        fixture.given(Yanzhou.allianceFounded(), scheduled(), recorded(DAY, ALL_FOUNDERS))
               .when(new HandOverRotation(ALLIANCE, BAIXIANG.id(), YIHAI.id(), DAY, "交接轮值旗", MEETING))
               .expectEvents(new RotationHandedOver(ALLIANCE, BAIXIANG.id(), YIHAI.id(), DAY, DAY.plusMonths(2),
                                                    "交接轮值旗", MEETING))
               .expectResultMessagePayload(new AllianceVersion(ALLIANCE, 4));
    }

    @Test
    void aHandoverAtAMeetingTakesEffectOnItsDay() {
        fixture.given(Yanzhou.allianceFounded(), scheduled())
               .when(new HandOverRotation(ALLIANCE, BAIXIANG.id(), YIHAI.id(), DAY.plusDays(1), null, MEETING))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aHandoverNamingAnUnknownMeetingIsRefused() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new HandOverRotation(ALLIANCE, BAIXIANG.id(), YIHAI.id(), DAY, null, MEETING))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEETING_NOT_FOUND));
    }
}
