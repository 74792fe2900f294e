package org.allianceledger.command.motions;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.command.departments.DepartmentFixtures;
import org.allianceledger.command.membership.ApplicationStanding;
import org.allianceledger.command.rotation.HandOverRotation;
import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.MotionApproved;
import org.allianceledger.events.MotionFiled;
import org.allianceledger.events.MotionKind;
import org.allianceledger.events.MotionRejected;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.PostingEndReason;
import org.allianceledger.events.PostingEnded;
import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.platform.domain.RefusalCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YUDA;

/** An expulsion motion, decided like an application by the members other than its subject. */
class ExpulsionTest {

    private static final Instant FILING_MORNING = Instant.parse("2022-07-20T02:00:00Z");
    private static final Instant WINDOW = FILING_MORNING.plus(Duration.ofDays(14));
    private static final LocalDate FILED = LocalDate.of(2022, 7, 20);
    private static final LocalDate DAY = LocalDate.of(2022, 7, 25);
    private static final String STATEMENT = "多次违反联盟章程，经警告仍未整改";

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    private static FileMotion file(String subject) {
        return new FileMotion(ALLIANCE, "m-1", MotionKind.EXPULSION, subject, FILED, STATEMENT);
    }

    private static MotionFiled filed() {
        return new MotionFiled(ALLIANCE, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), FILED, STATEMENT,
                               List.of(BAIXIANG.id(), YIHAI.id()), WINDOW);
    }

    private static CastMotionVote vote(String voter, VoteDecision decision) {
        return new CastMotionVote(ALLIANCE, "m-1", voter, decision, DAY);
    }

    private static MotionVoteCast voted(String voter, VoteDecision decision) {
        return new MotionVoteCast(ALLIANCE, "m-1", voter, decision, DAY);
    }

    @Test
    void aMotionsElectorateIsTheMembersAtFilingWithoutItsSubject() {
        fixture.givenCurrentTime(FILING_MORNING)
               .andGiven(Yanzhou.allianceFounded())
               .when(file(JINMAILANG.id()))
               .expectEvents(filed())
               .expectResultMessagePayload(new MotionStanding(ALLIANCE, "m-1", 2, MotionStatus.OPEN,
                                                              new ApplicationStanding.Votes(0, 0, 0, 2), null))
               .expectScheduledDeadline(Duration.ofDays(14), new MotionWindowExpired("m-1", WINDOW));
    }

    @Test
    void theChairMustHandOverBeforeAMotionAgainstIt() {
        fixture.given(Yanzhou.allianceFounded())
               .when(file(BAIXIANG.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.CHAIR_MUST_HAND_OVER_FIRST));
    }

    @Test
    void theSubjectOfAMotionIsAMember() {
        fixture.given(Yanzhou.allianceFounded())
               .when(file(YUDA.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
    }

    @Test
    void oneOpenMotionAgainstAMemberAtATime() {
        fixture.given(Yanzhou.allianceFounded(), filed())
               .when(new FileMotion(ALLIANCE, "m-2", MotionKind.EXPULSION, JINMAILANG.id(), FILED, STATEMENT))
               .expectNoEvents()
               .expectException(refused(RefusalCode.APPLICATION_ALREADY_OPEN));
    }

    @Test
    void aMotionCannotPrecedeItsSubjectsMembership() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new FileMotion(ALLIANCE, "m-1", MotionKind.EXPULSION, JINMAILANG.id(),
                                    Yanzhou.FOUNDED_ON.minusDays(1), STATEMENT))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aMotionIdReusedForAnotherBodyIsRefused() {
        fixture.given(Yanzhou.allianceFounded(), filed())
               .when(new FileMotion(ALLIANCE, "m-1", MotionKind.EXPULSION, YIHAI.id(), FILED, STATEMENT))
               .expectNoEvents()
               .expectException(refused(RefusalCode.ID_ALREADY_USED));
    }

    @Test
    void theSameMotionFiledAgainRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), filed())
               .when(file(JINMAILANG.id()))
               .expectNoEvents()
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void theSubjectDoesNotVote() {
        fixture.given(Yanzhou.allianceFounded(), filed())
               .when(vote(JINMAILANG.id(), VoteDecision.AGAINST))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_ELIGIBLE_TO_VOTE));
    }

    @Test
    void votingOnNoMotionIsMotionNotFound() {
        fixture.given(Yanzhou.allianceFounded())
               .when(vote(YIHAI.id(), VoteDecision.FOR))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MOTION_NOT_FOUND));
    }

    @Test
    void anApprovedExpulsionRemovesTheMemberFromTheDayOfTheDecision() {
        fixture.given(Yanzhou.allianceFounded(), filed(), voted(BAIXIANG.id(), VoteDecision.FOR))
               .when(vote(YIHAI.id(), VoteDecision.FOR))
               .expectEvents(voted(YIHAI.id(), VoteDecision.FOR),
                             new MotionApproved(ALLIANCE, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), DAY,
                                                new Tally(2, 0, 0, 2), VoteClosure.ALL_VOTED),
                             new MemberExpelled(ALLIANCE, JINMAILANG.id(), DAY, "m-1"));
    }

    @Test
    void anExpulsionEndsTheInstructorsPostingsToTheExpelledThatDay() {
        fixture.given(Yanzhou.allianceFounded(), DepartmentFixtures.joined(DepartmentFixtures.MARKET),
                      DepartmentFixtures.appointed("zhang", DepartmentFixtures.MARKET, JINMAILANG.id(), YIHAI.id()),
                      filed(), voted(BAIXIANG.id(), VoteDecision.FOR))
               .when(vote(YIHAI.id(), VoteDecision.FOR))
               .expectEvents(voted(YIHAI.id(), VoteDecision.FOR),
                             new MotionApproved(ALLIANCE, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), DAY,
                                                new Tally(2, 0, 0, 2), VoteClosure.ALL_VOTED),
                             new PostingEnded(ALLIANCE, "zhang", JINMAILANG.id(), DAY, PostingEndReason.MEMBER_LEFT),
                             new MemberExpelled(ALLIANCE, JINMAILANG.id(), DAY, "m-1"));
    }

    @Test
    void anExpelledMemberIsNoLongerAMember() {
        fixture.given(Yanzhou.allianceFounded(), filed(),
                      new MotionApproved(ALLIANCE, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), DAY,
                                         new Tally(2, 0, 0, 2), VoteClosure.ALL_VOTED),
                      new MemberExpelled(ALLIANCE, JINMAILANG.id(), DAY, "m-1"))
               .when(new HandOverRotation(ALLIANCE, BAIXIANG.id(), JINMAILANG.id(), DAY, null))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
    }

    @Test
    void aRejectedExpulsionKeepsTheMember() {
        fixture.given(Yanzhou.allianceFounded(), filed(), voted(BAIXIANG.id(), VoteDecision.FOR))
               .when(vote(YIHAI.id(), VoteDecision.AGAINST))
               .expectEvents(voted(YIHAI.id(), VoteDecision.AGAINST),
                             new MotionRejected(ALLIANCE, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), DAY,
                                                new Tally(1, 1, 0, 2), VoteClosure.ALL_VOTED,
                                                RejectionReason.VOTING_RULE_NOT_MET));
    }

    @Test
    void anOperatorClosesAMotionAndItIsDecided() {
        fixture.given(Yanzhou.allianceFounded(), filed(), voted(BAIXIANG.id(), VoteDecision.FOR))
               .when(new CloseMotion(ALLIANCE, "m-1", DAY))
               .expectEvents(new MotionApproved(ALLIANCE, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), DAY,
                                                new Tally(1, 0, 0, 2), VoteClosure.CLOSED_BY_OPERATOR),
                             new MemberExpelled(ALLIANCE, JINMAILANG.id(), DAY, "m-1"));
    }

    @Test
    void aClosedMotionTakesNoVote() {
        fixture.given(Yanzhou.allianceFounded(), filed(),
                      new MotionRejected(ALLIANCE, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), DAY,
                                         new Tally(0, 0, 0, 2), VoteClosure.CLOSED_BY_OPERATOR,
                                         RejectionReason.QUORUM_NOT_MET))
               .when(vote(YIHAI.id(), VoteDecision.FOR))
               .expectNoEvents()
               .expectException(refused(RefusalCode.APPLICATION_CLOSED));
    }

    @Test
    void aMotionClosesWhenItsWindowRunsOut() {
        fixture.givenCurrentTime(FILING_MORNING)
               .andGiven(Yanzhou.allianceFounded())
               .andGivenCommands(file(JINMAILANG.id()))
               .whenThenTimeElapses(Duration.ofDays(15))
               .expectDeadlinesMet(new MotionWindowExpired("m-1", WINDOW))
               .expectEvents(new MotionRejected(ALLIANCE, "m-1", MotionKind.EXPULSION, JINMAILANG.id(),
                                                LocalDate.of(2022, 8, 3), new Tally(0, 0, 0, 2),
                                                VoteClosure.VOTE_WINDOW_EXPIRED, RejectionReason.QUORUM_NOT_MET));
    }

    @Test
    void aSubjectWhoLeftMeanwhileIsNotExpelledAgain() {
        fixture.given(Yanzhou.allianceFounded(), filed(), voted(BAIXIANG.id(), VoteDecision.FOR),
                      new MemberWithdrew(ALLIANCE, JINMAILANG.id(), DAY, null))
               .when(vote(YIHAI.id(), VoteDecision.FOR))
               .expectEvents(voted(YIHAI.id(), VoteDecision.FOR),
                             new MotionApproved(ALLIANCE, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), DAY,
                                                new Tally(2, 0, 0, 2), VoteClosure.ALL_VOTED));
    }

    @Test
    void aMemberHandedTheChairCannotThenBeExpelledByAMotion() {
        fixture.given(Yanzhou.allianceFounded(),
                      new RotationHandedOver(ALLIANCE, BAIXIANG.id(), JINMAILANG.id(), FILED, FILED.plusMonths(2), null))
               .when(file(JINMAILANG.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.CHAIR_MUST_HAND_OVER_FIRST));
    }

    @Test
    void theSubjectOfAnOpenExpulsionMotionDoesNotTakeTheChair() {
        fixture.given(Yanzhou.allianceFounded(), filed())
               .when(new HandOverRotation(ALLIANCE, BAIXIANG.id(), JINMAILANG.id(), DAY, null))
               .expectNoEvents()
               .expectException(refused(RefusalCode.CHAIR_MUST_HAND_OVER_FIRST));
    }
}
