package org.allianceledger.command.membership;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.command.motions.RecuseFromMotion;
import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.ApplicationRejected;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.MotionFiled;
import org.allianceledger.events.MotionKind;
import org.allianceledger.events.MotionVoterRecused;
import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.events.VoterRecused;
import org.allianceledger.events.VotingRule;
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
import static org.allianceledger.command.Yanzhou.YINGYUAN;
import static org.allianceledger.command.Yanzhou.YUDA;

/** An elector who has not voted may stand aside: it leaves that electorate, and quorum counts from the rest. */
class RecusalTest {

    private static final LocalDate FILED = LocalDate.of(2022, 7, 20);
    private static final LocalDate DAY = LocalDate.of(2022, 8, 5);
    private static final Instant WINDOW = Instant.parse("2022-09-30T00:00:00Z");
    private static final String REASON = "与申请人存在关联关系";

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    private static MembershipApplied application() {
        return new MembershipApplied(ALLIANCE, "app-1", YINGYUAN, FILED, null,
                                     List.of(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()), WINDOW);
    }

    private static RecuseFromApplication recuse(String voter) {
        return new RecuseFromApplication(ALLIANCE, "app-1", voter, REASON, DAY);
    }

    private static VoteCast voted(String voter, VoteDecision decision) {
        return new VoteCast(ALLIANCE, "app-1", voter, decision, DAY);
    }

    @Test
    void anElectorWhoHasNotVotedStandsAside() {
        fixture.given(Yanzhou.allianceFounded(), application())
               .when(recuse(YIHAI.id()))
               .expectEvents(new VoterRecused(ALLIANCE, "app-1", YIHAI.id(), REASON, DAY, 2));
    }

    @Test
    void aRecusalAfterVotingIsRefused() {
        fixture.given(Yanzhou.allianceFounded(), application(), voted(YIHAI.id(), VoteDecision.FOR))
               .when(recuse(YIHAI.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.ALREADY_VOTED));
    }

    @Test
    void onlyAnElectorStandsAside() {
        fixture.given(Yanzhou.allianceFounded(), application())
               .when(recuse(YUDA.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_ELIGIBLE_TO_VOTE));
    }

    @Test
    void anElectorWhoStoodAsideDoesNotVote() {
        fixture.given(Yanzhou.allianceFounded(), application(),
                      new VoterRecused(ALLIANCE, "app-1", YIHAI.id(), REASON, DAY, 2))
               .when(new CastVote(ALLIANCE, "app-1", YIHAI.id(), VoteDecision.FOR, DAY))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_ELIGIBLE_TO_VOTE));
    }

    @Test
    void theSameRecusalResentRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), application(),
                      new VoterRecused(ALLIANCE, "app-1", YIHAI.id(), REASON, DAY, 2))
               .when(recuse(YIHAI.id()))
               .expectNoEvents()
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRecusalThatLeavesEveryRemainingElectorVotedClosesTheVote() {
        Tally tally = new Tally(1, 1, 0, 2);
        fixture.given(Yanzhou.allianceFounded(), application(), voted(BAIXIANG.id(), VoteDecision.FOR),
                      voted(JINMAILANG.id(), VoteDecision.AGAINST))
               .when(recuse(YIHAI.id()))
               .expectEvents(new VoterRecused(ALLIANCE, "app-1", YIHAI.id(), REASON, DAY, 2),
                             new ApplicationRejected(ALLIANCE, "app-1", YINGYUAN.id(), DAY, tally, VoteClosure.ALL_VOTED,
                                                     RejectionReason.VOTING_RULE_NOT_MET));
    }

    @Test
    void quorumCountsFromTheElectorsLeft() {
        // 0.6 of the electorate must vote: of the two left after a recusal one vote is not enough, under 0.5 it is
        fixture.given(Yanzhou.allianceFounded(Yanzhou.charter(VotingRule.SIMPLE_MAJORITY, "0.6")), application(),
                      new VoterRecused(ALLIANCE, "app-1", YIHAI.id(), REASON, DAY, 2),
                      voted(BAIXIANG.id(), VoteDecision.FOR))
               .when(new CloseVote(ALLIANCE, "app-1", DAY))
               .expectEvents(new ApplicationRejected(ALLIANCE, "app-1", YINGYUAN.id(), DAY, new Tally(1, 0, 0, 2),
                                                     VoteClosure.CLOSED_BY_OPERATOR, RejectionReason.QUORUM_NOT_MET));
        fixture.given(Yanzhou.allianceFounded(Yanzhou.charter(VotingRule.SIMPLE_MAJORITY, "0.5")), application(),
                      new VoterRecused(ALLIANCE, "app-1", YIHAI.id(), REASON, DAY, 2),
                      voted(BAIXIANG.id(), VoteDecision.FOR))
               .when(new CloseVote(ALLIANCE, "app-1", DAY))
               .expectEvents(new ApplicationApproved(ALLIANCE, "app-1", YINGYUAN.id(), DAY, new Tally(1, 0, 0, 2),
                                                     VoteClosure.CLOSED_BY_OPERATOR),
                             new MemberAdmitted(ALLIANCE, YINGYUAN, DAY, "app-1"));
    }

    @Test
    void aClosedVoteTakesNoRecusal() {
        fixture.given(Yanzhou.allianceFounded(), application(),
                      new ApplicationRejected(ALLIANCE, "app-1", YINGYUAN.id(), DAY, new Tally(0, 0, 0, 3),
                                              VoteClosure.CLOSED_BY_OPERATOR, RejectionReason.QUORUM_NOT_MET))
               .when(recuse(YIHAI.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.APPLICATION_CLOSED));
    }

    @Test
    void anElectorStandsAsideFromAMotionToo() {
        fixture.given(Yanzhou.allianceFounded(),
                      new MotionFiled(ALLIANCE, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), FILED, "严重违反章程",
                                      List.of(BAIXIANG.id(), YIHAI.id()), WINDOW))
               .when(new RecuseFromMotion(ALLIANCE, "m-1", YIHAI.id(), REASON, DAY))
               .expectEvents(new MotionVoterRecused(ALLIANCE, "m-1", YIHAI.id(), REASON, DAY, 1));
    }
}
