package org.allianceledger.command.rotation;

import org.allianceledger.command.AllianceVersion;
import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.events.HandoverDeviatedFromPlan;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.RotationPlanSwapped;
import org.allianceledger.events.RotationPlanned;
import org.allianceledger.platform.domain.RefusalCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YUDA;

/** The rotation plan: the order of the chairs fixed ahead, and handovers measured against it. */
class RotationPlanTest {

    private static final LocalDate PLANNED = LocalDate.of(2022, 5, 10);
    private static final LocalDate JULY = LocalDate.of(2022, 7, 1);
    private static final LocalDate SEPTEMBER = LocalDate.of(2022, 9, 1);

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    private static PlanRotation plan(String... order) {
        return new PlanRotation(ALLIANCE, List.of(order), "按会员单位轮值", PLANNED);
    }

    private static RotationPlanned planned(String... order) {
        return new RotationPlanned(ALLIANCE, List.of(order), "按会员单位轮值", PLANNED);
    }

    private static HandOverRotation handOver(String from, String to, LocalDate on, String note) {
        return new HandOverRotation(ALLIANCE, from, to, on, note);
    }

    private static RotationHandedOver handedOver(String from, String to, LocalDate on, String note) {
        return new RotationHandedOver(ALLIANCE, from, to, on, on.plusMonths(2), note);
    }

    @Test
    void aPlanOrdersCurrentMembersWithTheChairFirst() {
        fixture.given(Yanzhou.allianceFounded())
               .when(plan(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()))
               .expectEvents(planned(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()))
               .expectResultMessagePayload(new AllianceVersion(ALLIANCE, 2));
    }

    @Test
    void aPlanMayLeaveTheChairOut() {
        fixture.given(Yanzhou.allianceFounded())
               .when(plan(YIHAI.id(), JINMAILANG.id()))
               .expectEvents(planned(YIHAI.id(), JINMAILANG.id()));
    }

    @Test
    void aPlanNamesOnlyCurrentMembers() {
        fixture.given(Yanzhou.allianceFounded())
               .when(plan(BAIXIANG.id(), YUDA.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
    }

    @Test
    void aPlanNamesEachMemberOnce() {
        fixture.given(Yanzhou.allianceFounded())
               .when(plan(BAIXIANG.id(), YIHAI.id(), YIHAI.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.VALIDATION_FAILED));
    }

    @Test
    void theCurrentChairComesFirstInThePlanOrNotAtAll() {
        fixture.given(Yanzhou.allianceFounded())
               .when(plan(YIHAI.id(), BAIXIANG.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.VALIDATION_FAILED));
    }

    @Test
    void theSamePlanAgainRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), planned(BAIXIANG.id(), YIHAI.id()))
               .when(plan(BAIXIANG.id(), YIHAI.id()))
               .expectNoEvents()
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aHandoverToThePlannedNextNeedsNoNote() {
        fixture.given(Yanzhou.allianceFounded(), planned(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()))
               .when(handOver(BAIXIANG.id(), JINMAILANG.id(), JULY, null))
               .expectEvents(handedOver(BAIXIANG.id(), JINMAILANG.id(), JULY, null));
    }

    @Test
    void aHandoverToAnotherThanThePlannedNextNeedsANote() {
        fixture.given(Yanzhou.allianceFounded(), planned(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()))
               .when(handOver(BAIXIANG.id(), YIHAI.id(), JULY, " "))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOTE_REQUIRED));
    }

    @Test
    void aHandoverAgainstThePlanIsRecordedAsDeviatingFromIt() {
        fixture.given(Yanzhou.allianceFounded(), planned(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()))
               .when(handOver(BAIXIANG.id(), YIHAI.id(), JULY, "今麦郎生产旺季"))
               .expectEvents(handedOver(BAIXIANG.id(), YIHAI.id(), JULY, "今麦郎生产旺季"),
                             new HandoverDeviatedFromPlan(ALLIANCE, JINMAILANG.id(), YIHAI.id(), JULY, "今麦郎生产旺季"));
    }

    @Test
    void afterADeviationThePlanGoesOnFromTheNewChair() {
        fixture.given(Yanzhou.allianceFounded(), planned(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()),
                      handedOver(BAIXIANG.id(), YIHAI.id(), JULY, "今麦郎生产旺季"))
               .when(handOver(YIHAI.id(), BAIXIANG.id(), SEPTEMBER, null))
               .expectEvents(handedOver(YIHAI.id(), BAIXIANG.id(), SEPTEMBER, null));
    }

    @Test
    void withoutAPlanAnyHandoverNeedsNoNote() {
        fixture.given(Yanzhou.allianceFounded())
               .when(handOver(BAIXIANG.id(), YIHAI.id(), JULY, null))
               .expectEvents(handedOver(BAIXIANG.id(), YIHAI.id(), JULY, null));
    }

    @Test
    void twoMembersOfThePlanSwapPlaces() {
        fixture.given(Yanzhou.allianceFounded(), planned(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()))
               .when(new SwapInPlan(ALLIANCE, JINMAILANG.id(), YIHAI.id(), "错峰", PLANNED))
               .expectEvents(new RotationPlanSwapped(ALLIANCE, JINMAILANG.id(), YIHAI.id(),
                                                     List.of(BAIXIANG.id(), YIHAI.id(), JINMAILANG.id()), "错峰", PLANNED));
    }

    @Test
    void onlyMembersOfThePlanSwap() {
        fixture.given(Yanzhou.allianceFounded(), planned(BAIXIANG.id(), JINMAILANG.id()))
               .when(new SwapInPlan(ALLIANCE, JINMAILANG.id(), YIHAI.id(), null, PLANNED))
               .expectNoEvents()
               .expectException(refused(RefusalCode.VALIDATION_FAILED));
    }

    @Test
    void theChairsPlaceIsNotSwapped() {
        fixture.given(Yanzhou.allianceFounded(), planned(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()))
               .when(new SwapInPlan(ALLIANCE, BAIXIANG.id(), YIHAI.id(), null, PLANNED))
               .expectNoEvents()
               .expectException(refused(RefusalCode.VALIDATION_FAILED));
    }

    @Test
    void aMemberWhoLeavesDropsOutOfThePlan() {
        fixture.given(Yanzhou.allianceFounded(), planned(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()),
                      new MemberWithdrew(ALLIANCE, JINMAILANG.id(), PLANNED, null))
               .when(handOver(BAIXIANG.id(), YIHAI.id(), JULY, null))
               .expectEvents(handedOver(BAIXIANG.id(), YIHAI.id(), JULY, null));
    }

    @Test
    void anExpelledMemberDropsOutOfThePlan() {
        fixture.given(Yanzhou.allianceFounded(), planned(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()),
                      new MemberExpelled(ALLIANCE, JINMAILANG.id(), PLANNED, "m-1"))
               .when(handOver(BAIXIANG.id(), YIHAI.id(), JULY, null))
               .expectEvents(handedOver(BAIXIANG.id(), YIHAI.id(), JULY, null));
    }

    @Test
    void aNewMemberIsAppendedToThePlan() {
        LocalDate admitted = LocalDate.of(2022, 6, 5);
        fixture.given(Yanzhou.allianceFounded(), planned(BAIXIANG.id(), YIHAI.id()),
                      new MemberAdmitted(ALLIANCE, YUDA, admitted, "app-yuda"),
                      handedOver(BAIXIANG.id(), YIHAI.id(), JULY, null))
               .when(handOver(YIHAI.id(), YUDA.id(), SEPTEMBER, null))
               .expectEvents(handedOver(YIHAI.id(), YUDA.id(), SEPTEMBER, null));
    }

    @Test
    void afterTheLastOfThePlanTheRotationGoesRound() {
        fixture.given(Yanzhou.allianceFounded(), planned(BAIXIANG.id(), YIHAI.id()),
                      handedOver(BAIXIANG.id(), YIHAI.id(), JULY, null))
               .when(handOver(YIHAI.id(), JINMAILANG.id(), SEPTEMBER, null))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOTE_REQUIRED));
    }
}
