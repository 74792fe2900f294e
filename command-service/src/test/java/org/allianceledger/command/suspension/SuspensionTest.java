package org.allianceledger.command.suspension;

import org.allianceledger.command.AllianceVersion;
import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.command.deals.DealFixtures;
import org.allianceledger.command.deals.RecordDeal;
import org.allianceledger.events.DealKind;
import org.allianceledger.command.membership.CastVote;
import org.allianceledger.command.motions.CastMotionVote;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberSuspended;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.MotionFiled;
import org.allianceledger.events.MotionKind;
import org.allianceledger.events.SuspensionLifted;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.platform.domain.RefusalCode;
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

/** A suspended member neither votes nor is a party of a deal, from its first day through its last. */
class SuspensionTest {

    private static final LocalDate FROM = LocalDate.of(2022, 8, 1);
    private static final LocalDate UNTIL = LocalDate.of(2022, 8, 31);
    private static final Instant WINDOW = Instant.parse("2022-09-30T00:00:00Z");

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = DealFixtures.allianceRecordingDeals();
    }

    private static RecordDeal deal(String from, String to, LocalDate signedOn) {
        return new RecordDeal(ALLIANCE, "deal-flour", from, to, DealKind.SUPPLY, "面粉 flour", null, null, null, signedOn,
                              null);
    }

    private static MemberSuspended suspended(String member) {
        return new MemberSuspended(ALLIANCE, member, FROM, UNTIL, "拖欠会费");
    }

    private static MembershipApplied application() {
        return new MembershipApplied(ALLIANCE, "app-1", YINGYUAN, LocalDate.of(2022, 7, 20), null,
                                     List.of(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()), WINDOW);
    }

    private static CastVote vote(String voter, LocalDate on) {
        return new CastVote(ALLIANCE, "app-1", voter, VoteDecision.FOR, on);
    }

    @Test
    void aMemberIsSuspendedForAPeriodWithAReason() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new SuspendMember(ALLIANCE, YIHAI.id(), FROM, UNTIL, "拖欠会费"))
               .expectEvents(suspended(YIHAI.id()))
               .expectResultMessagePayload(new AllianceVersion(ALLIANCE, 2));
    }

    @Test
    void onlyAMemberIsSuspended() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new SuspendMember(ALLIANCE, YUDA.id(), FROM, UNTIL, "拖欠会费"))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEMBER_NOT_FOUND));
    }

    @Test
    void aSuspensionCannotBeginBeforeTheMembership() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new SuspendMember(ALLIANCE, YIHAI.id(), Yanzhou.FOUNDED_ON.minusDays(1), null, "拖欠会费"))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aSuspensionEndsOnOrAfterItBegins() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new SuspendMember(ALLIANCE, YIHAI.id(), FROM, FROM.minusDays(1), "拖欠会费"))
               .expectNoEvents()
               .expectException(refused(RefusalCode.VALIDATION_FAILED));
    }

    @Test
    void aMemberIsSuspendedOnceAtATime() {
        fixture.given(Yanzhou.allianceFounded(), suspended(YIHAI.id()))
               .when(new SuspendMember(ALLIANCE, YIHAI.id(), UNTIL, null, "再次违规"))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEMBER_SUSPENDED));
    }

    @Test
    void theSameSuspensionResentRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), suspended(YIHAI.id()))
               .when(new SuspendMember(ALLIANCE, YIHAI.id(), FROM, UNTIL, "拖欠会费"))
               .expectNoEvents()
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aSuspendedMemberCannotVoteOnAnApplication() {
        fixture.given(Yanzhou.allianceFounded(), application(), suspended(YIHAI.id()))
               .when(vote(YIHAI.id(), LocalDate.of(2022, 8, 10)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEMBER_SUSPENDED));
    }

    @Test
    void aSuspendedMemberCannotVoteOnAMotion() {
        fixture.given(Yanzhou.allianceFounded(),
                      new MotionFiled(ALLIANCE, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), LocalDate.of(2022, 7, 20),
                                      "严重违反章程", List.of(BAIXIANG.id(), YIHAI.id()), WINDOW),
                      suspended(YIHAI.id()))
               .when(new CastMotionVote(ALLIANCE, "m-1", YIHAI.id(), VoteDecision.FOR, LocalDate.of(2022, 8, 10)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEMBER_SUSPENDED));
    }

    @Test
    void aSuspendedMemberIsNoPartyOfADeal() {
        fixture.given(Yanzhou.allianceFounded(), suspended(BAIXIANG.id()))
               .when(deal(YIHAI.id(), BAIXIANG.id(), LocalDate.of(2022, 8, 10)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEMBER_SUSPENDED));
    }

    @Test
    void aSuspensionEndsAfterItsLastDay() {
        fixture.given(Yanzhou.allianceFounded(), application(), suspended(YIHAI.id()))
               .when(vote(YIHAI.id(), UNTIL.plusDays(1)))
               .expectEvents(new VoteCast(ALLIANCE, "app-1", YIHAI.id(), VoteDecision.FOR, UNTIL.plusDays(1)));
    }

    @Test
    void aVoteBeforeTheSuspensionCounts() {
        fixture.given(Yanzhou.allianceFounded(), application(), suspended(YIHAI.id()))
               .when(vote(YIHAI.id(), FROM.minusDays(1)))
               .expectEvents(new VoteCast(ALLIANCE, "app-1", YIHAI.id(), VoteDecision.FOR, FROM.minusDays(1)));
    }

    @Test
    void aSuspensionIsLiftedFromADay() {
        LocalDate lifted = LocalDate.of(2022, 8, 15);
        fixture.given(Yanzhou.allianceFounded(), suspended(YIHAI.id()))
               .when(new LiftSuspension(ALLIANCE, YIHAI.id(), lifted))
               .expectEvents(new SuspensionLifted(ALLIANCE, YIHAI.id(), lifted));
    }

    @Test
    void aLiftedSuspensionStopsNoVoteFromThatDay() {
        LocalDate lifted = LocalDate.of(2022, 8, 15);
        fixture.given(Yanzhou.allianceFounded(), application(), suspended(YIHAI.id()),
                      new SuspensionLifted(ALLIANCE, YIHAI.id(), lifted))
               .when(vote(YIHAI.id(), lifted))
               .expectEvents(new VoteCast(ALLIANCE, "app-1", YIHAI.id(), VoteDecision.FOR, lifted));
    }

    @Test
    void liftingNoSuspensionInForceRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), suspended(YIHAI.id()))
               .when(new LiftSuspension(ALLIANCE, YIHAI.id(), UNTIL.plusDays(1)))
               .expectNoEvents()
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aSuspensionCannotBeLiftedBeforeItBegan() {
        fixture.given(Yanzhou.allianceFounded(), suspended(YIHAI.id()))
               .when(new LiftSuspension(ALLIANCE, YIHAI.id(), FROM.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aMemberWhoLeavesAndReturnsIsNotSuspendedAnyMore() {
        LocalDate back = LocalDate.of(2022, 8, 20);
        fixture.given(Yanzhou.allianceFounded(), new MemberSuspended(ALLIANCE, YIHAI.id(), FROM, null, "拖欠会费"),
                      new MemberWithdrew(ALLIANCE, YIHAI.id(), LocalDate.of(2022, 8, 5), null),
                      new MemberAdmitted(ALLIANCE, YIHAI, back, "app-back"))
               .when(deal(YIHAI.id(), BAIXIANG.id(), back))
               .expectEvents(deal(YIHAI.id(), BAIXIANG.id(), back).toEvent());
    }
}
