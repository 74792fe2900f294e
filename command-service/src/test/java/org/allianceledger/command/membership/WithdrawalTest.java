package org.allianceledger.command.membership;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.RotationHandedOver;
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
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YUDA;

class WithdrawalTest {

    private static final LocalDate LEAVES = LocalDate.of(2022, 9, 30);

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    @Test
    void aMemberLeaves() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new WithdrawFromAlliance(ALLIANCE, YIHAI.id(), LEAVES, "业务调整"))
               .expectEvents(new MemberWithdrew(ALLIANCE, YIHAI.id(), LEAVES, "业务调整"));
    }

    @Test
    void theChairMustHandOverBeforeLeaving() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new WithdrawFromAlliance(ALLIANCE, BAIXIANG.id(), LEAVES, null))
               .expectNoEvents()
               .expectException(refused(RefusalCode.CHAIR_MUST_HAND_OVER_FIRST));
        fixture.given(Yanzhou.allianceFounded(), new RotationHandedOver(ALLIANCE, BAIXIANG.id(), JINMAILANG.id(),
                                                                        LEAVES, LEAVES.plusMonths(2), null))
               .when(new WithdrawFromAlliance(ALLIANCE, BAIXIANG.id(), LEAVES, null))
               .expectEvents(new MemberWithdrew(ALLIANCE, BAIXIANG.id(), LEAVES, null));
    }

    @Test
    void onlyAMemberCanLeave() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new WithdrawFromAlliance(ALLIANCE, YUDA.id(), LEAVES, null))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEMBER_NOT_FOUND));
        fixture.given(Yanzhou.allianceFounded(), new MemberWithdrew(ALLIANCE, YIHAI.id(), LEAVES, null))
               .when(new WithdrawFromAlliance(ALLIANCE, YIHAI.id(), LEAVES, null))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEMBER_NOT_FOUND));
    }

    @Test
    void leavingCannotPrecedeJoining() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new WithdrawFromAlliance(ALLIANCE, YIHAI.id(), Yanzhou.FOUNDED_ON.minusDays(1), null))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aMemberWhoLeftCanNoLongerVoteOnOpenApplications() {
        List<String> electorate = List.copyOf(new TreeSet<>(List.of(YIHAI.id(), BAIXIANG.id(), JINMAILANG.id())));
        fixture.given(Yanzhou.allianceFounded(),
                      new MembershipApplied(ALLIANCE, "app-yuda", YUDA, LocalDate.of(2022, 9, 1), null, electorate,
                                            Instant.parse("2022-09-15T00:00:00Z")),
                      new MemberWithdrew(ALLIANCE, YIHAI.id(), LEAVES, null))
               .when(new CastVote(ALLIANCE, "app-yuda", YIHAI.id(), VoteDecision.FOR, LEAVES))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_ELIGIBLE_TO_VOTE));
    }

    @Test
    void aMemberWhoLeftMayApplyAgain() {
        fixture.givenCurrentTime(Instant.parse("2022-10-01T02:00:00Z"))
               .andGiven(Yanzhou.allianceFounded(), new MemberWithdrew(ALLIANCE, YIHAI.id(), LEAVES, null))
               .when(new ApplyForMembership(ALLIANCE, "app-yihai-back", YIHAI, LEAVES.plusDays(1), null))
               .expectSuccessfulHandlerExecution();
    }
}
