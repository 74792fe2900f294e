package org.allianceledger.command.membership;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.ApplicationRejected;
import org.allianceledger.events.ApplicationWithdrawn;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.events.VotingRule;
import org.allianceledger.platform.domain.RefusalCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YINGYUAN;
import static org.allianceledger.command.Yanzhou.YUDA;
import static org.allianceledger.events.VoteDecision.ABSTAIN;
import static org.allianceledger.events.VoteDecision.AGAINST;
import static org.allianceledger.events.VoteDecision.FOR;

class MembershipTest {

    private static final String APP = "app-yuda";
    private static final LocalDate FILED = LocalDate.of(2022, 7, 20);
    private static final LocalDate MEETING = LocalDate.of(2022, 8, 5);
    /** 2022-08-05 10:00 in Shanghai, so the vote window ends on 2022-08-19 there. */
    private static final Instant NOW = Instant.parse("2022-08-05T02:00:00Z");
    private static final Instant WINDOW_ENDS = NOW.plus(Duration.ofDays(14));
    private static final List<String> ELECTORATE =
            List.copyOf(new TreeSet<>(List.of(YIHAI.id(), BAIXIANG.id(), JINMAILANG.id())));

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    private static MembershipApplied yudaApplied() {
        return new MembershipApplied(ALLIANCE, APP, YUDA, FILED, "申请加入", ELECTORATE, WINDOW_ENDS);
    }

    private static ApplyForMembership yudaApplies() {
        return new ApplyForMembership(ALLIANCE, APP, YUDA, FILED, "申请加入");
    }

    private static CastVote vote(String voter, VoteDecision decision) {
        return new CastVote(ALLIANCE, APP, voter, decision, MEETING);
    }

    private static VoteCast voted(String voter, VoteDecision decision) {
        return new VoteCast(ALLIANCE, APP, voter, decision, MEETING);
    }

    @Test
    void applyingFreezesTheElectorateAndOpensTheVoteWindow() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded())
               .when(yudaApplies())
               .expectEvents(yudaApplied())
               .expectScheduledDeadline(Duration.ofDays(14), new VoteWindowExpired(APP, WINDOW_ENDS));
    }

    @Test
    void theSameApplicationResentRecordsNothing() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied())
               .when(yudaApplies())
               .expectNoEvents()
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void anApplicationIdReusedWithAnotherBodyIsRefused() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied())
               .when(new ApplyForMembership(ALLIANCE, APP, YINGYUAN, FILED, null))
               .expectNoEvents()
               .expectException(refused(RefusalCode.ID_ALREADY_USED));
    }

    @Test
    void membersMayNotApply() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new ApplyForMembership(ALLIANCE, "app-yihai", YIHAI, FILED, null))
               .expectNoEvents()
               .expectException(refused(RefusalCode.ALREADY_MEMBER));
    }

    @Test
    void oneOpenApplicationPerEnterprise() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied())
               .when(new ApplyForMembership(ALLIANCE, "app-yuda-2", YUDA, FILED, null))
               .expectNoEvents()
               .expectException(refused(RefusalCode.APPLICATION_ALREADY_OPEN));
    }

    @Test
    void anEnterpriseMayApplyAgainOnceItsApplicationIsClosed() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied(),
                         new ApplicationWithdrawn(ALLIANCE, APP, YUDA.id(), FILED))
               .when(new ApplyForMembership(ALLIANCE, "app-yuda-2", YUDA, MEETING, null))
               .expectEvents(new MembershipApplied(ALLIANCE, "app-yuda-2", YUDA, MEETING, null, ELECTORATE,
                                                   WINDOW_ENDS));
    }

    @Test
    void applyingBeforeTheFoundingIsOutOfOrder() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new ApplyForMembership(ALLIANCE, APP, YUDA, Yanzhou.FOUNDED_ON.minusDays(1), null))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void votingOnAnUnknownApplicationIsNotFound() {
        fixture.given(Yanzhou.allianceFounded())
               .when(vote(YIHAI.id(), FOR))
               .expectNoEvents()
               .expectException(refused(RefusalCode.APPLICATION_NOT_FOUND));
    }

    @Test
    void aVoteIsRecordedWithTheTallySoFar() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied())
               .when(vote(YIHAI.id(), FOR))
               .expectEvents(voted(YIHAI.id(), FOR))
               .expectResultMessagePayload(new ApplicationStanding(ALLIANCE, APP, 3, ApplicationStatus.OPEN,
                                                                    ApplicationStanding.Votes.of(new Tally(1, 0, 0, 3)), null));
    }

    @Test
    void onlyTheElectorateFixedAtFilingMayVote() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied())
               .when(vote(YUDA.id(), FOR))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_ELIGIBLE_TO_VOTE));
    }

    @Test
    void aMemberAdmittedAfterFilingIsNotAnElector() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied(),
                         new MemberAdmitted(ALLIANCE, YINGYUAN, MEETING, "app-yingyuan"))
               .when(vote(YINGYUAN.id(), FOR))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_ELIGIBLE_TO_VOTE));
    }

    @Test
    void cannotVoteTwice() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied(), voted(YIHAI.id(), FOR))
               .when(vote(YIHAI.id(), AGAINST))
               .expectNoEvents()
               .expectException(refused(RefusalCode.ALREADY_VOTED));
    }

    @Test
    void theSameVoteResentIsANoOp() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied(), voted(YIHAI.id(), FOR))
               .when(vote(YIHAI.id(), FOR))
               .expectNoEvents()
               .expectResultMessagePayload(new ApplicationStanding(ALLIANCE, APP, 3, ApplicationStatus.OPEN,
                                                                    ApplicationStanding.Votes.of(new Tally(1, 0, 0, 3)), null));
    }

    @Test
    void aVoteBeforeItsApplicationIsOutOfOrder() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied())
               .when(new CastVote(ALLIANCE, APP, YIHAI.id(), FOR, FILED.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void theLastElectorsVoteDecidesAndAdmitsFromItsDate() {
        Tally tally = new Tally(2, 0, 1, 3);
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied(), voted(YIHAI.id(), FOR), voted(BAIXIANG.id(), ABSTAIN))
               .when(vote(JINMAILANG.id(), FOR))
               .expectEvents(voted(JINMAILANG.id(), FOR),
                             new ApplicationApproved(ALLIANCE, APP, YUDA.id(), MEETING, tally, VoteClosure.ALL_VOTED),
                             new MemberAdmitted(ALLIANCE, YUDA, MEETING, APP))
               .expectResultMessagePayload(new ApplicationStanding(ALLIANCE, APP, 7, ApplicationStatus.APPROVED,
                                                                    ApplicationStanding.Votes.of(tally), ApplicationStatus.APPROVED));
    }

    @Test
    void theLastVoteCanAlsoReject() {
        Tally tally = new Tally(1, 2, 0, 3);
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied(), voted(YIHAI.id(), FOR), voted(BAIXIANG.id(), AGAINST))
               .when(vote(JINMAILANG.id(), AGAINST))
               .expectEvents(voted(JINMAILANG.id(), AGAINST),
                             new ApplicationRejected(ALLIANCE, APP, YUDA.id(), MEETING, tally, VoteClosure.ALL_VOTED,
                                                     RejectionReason.VOTING_RULE_NOT_MET));
    }

    @Test
    void closingDecidesOnTheVotesSoFar() {
        LocalDate closedOn = MEETING.plusDays(1);
        Tally tally = new Tally(2, 0, 0, 3);
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied(), voted(YIHAI.id(), FOR), voted(BAIXIANG.id(), FOR))
               .when(new CloseVote(ALLIANCE, APP, closedOn))
               .expectEvents(new ApplicationApproved(ALLIANCE, APP, YUDA.id(), closedOn, tally,
                                                     VoteClosure.CLOSED_BY_OPERATOR),
                             new MemberAdmitted(ALLIANCE, YUDA, closedOn, APP));
    }

    @Test
    void closingWithoutQuorumRejects() {
        Tally tally = new Tally(1, 0, 0, 3);
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied(), voted(YIHAI.id(), FOR))
               .when(new CloseVote(ALLIANCE, APP, MEETING))
               .expectEvents(new ApplicationRejected(ALLIANCE, APP, YUDA.id(), MEETING, tally,
                                                     VoteClosure.CLOSED_BY_OPERATOR, RejectionReason.QUORUM_NOT_MET));
    }

    @Test
    void unanimityFailsOnASingleVoteAgainst() {
        Tally tally = new Tally(1, 1, 0, 3);
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(Yanzhou.charter(VotingRule.UNANIMOUS, "0.5")), yudaApplied(),
                         voted(YIHAI.id(), FOR), voted(BAIXIANG.id(), AGAINST))
               .when(new CloseVote(ALLIANCE, APP, MEETING))
               .expectEvents(new ApplicationRejected(ALLIANCE, APP, YUDA.id(), MEETING, tally,
                                                     VoteClosure.CLOSED_BY_OPERATOR,
                                                     RejectionReason.VOTING_RULE_NOT_MET));
    }

    @Test
    void closingBeforeTheLastVoteIsOutOfOrder() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied(), voted(YIHAI.id(), FOR))
               .when(new CloseVote(ALLIANCE, APP, MEETING.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aClosedVoteTakesNoMoreVotesAndCannotCloseAgain() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied(),
                         new ApplicationWithdrawn(ALLIANCE, APP, YUDA.id(), MEETING))
               .when(vote(YIHAI.id(), FOR))
               .expectNoEvents()
               .expectException(refused(RefusalCode.APPLICATION_CLOSED));
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied(),
                         new ApplicationWithdrawn(ALLIANCE, APP, YUDA.id(), MEETING))
               .when(new CloseVote(ALLIANCE, APP, MEETING))
               .expectNoEvents()
               .expectException(refused(RefusalCode.APPLICATION_CLOSED));
    }

    @Test
    void anApplicantMayWithdrawAnOpenApplication() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied())
               .when(new WithdrawApplication(ALLIANCE, APP, MEETING))
               .expectEvents(new ApplicationWithdrawn(ALLIANCE, APP, YUDA.id(), MEETING));
    }

    @Test
    void withdrawingBeforeFilingIsOutOfOrderAndAfterClosingIsRefused() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied())
               .when(new WithdrawApplication(ALLIANCE, APP, FILED.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded(), yudaApplied(),
                         new ApplicationWithdrawn(ALLIANCE, APP, YUDA.id(), MEETING))
               .when(new WithdrawApplication(ALLIANCE, APP, MEETING))
               .expectNoEvents()
               .expectException(refused(RefusalCode.APPLICATION_CLOSED));
    }

    @Test
    void theVoteWindowClosesTheVoteWhenItRunsOut() {
        Tally tally = new Tally(2, 0, 0, 3);
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded())
               .andGivenCommands(yudaApplies(), vote(YIHAI.id(), FOR), vote(BAIXIANG.id(), FOR))
               .whenThenTimeElapses(Duration.ofDays(14))
               .expectDeadlinesMet(new VoteWindowExpired(APP, WINDOW_ENDS))
               .expectEvents(new ApplicationApproved(ALLIANCE, APP, YUDA.id(), LocalDate.of(2022, 8, 19), tally,
                                                     VoteClosure.VOTE_WINDOW_EXPIRED),
                             new MemberAdmitted(ALLIANCE, YUDA, LocalDate.of(2022, 8, 19), APP));
    }

    @Test
    void theVoteWindowDoesNothingToAClosedVote() {
        fixture.givenCurrentTime(NOW)
               .andGiven(Yanzhou.allianceFounded())
               .andGivenCommands(yudaApplies(), new WithdrawApplication(ALLIANCE, APP, MEETING))
               .whenThenTimeElapses(Duration.ofDays(14))
               .expectDeadlinesMet(new VoteWindowExpired(APP, WINDOW_ENDS))
               .expectNoEvents();
    }
}
