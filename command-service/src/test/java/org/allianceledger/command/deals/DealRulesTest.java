package org.allianceledger.command.deals;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.events.DealKind;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.Quantity;
import org.allianceledger.events.Recurrence;
import org.allianceledger.platform.domain.RefusalCode;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YUDA;

/** The alliance's rules for a deal; the desk's deal-id bookkeeping is tested over HTTP with its table. */
class DealRulesTest {

    private static final LocalDate SIGNED = LocalDate.of(2022, 10, 8);

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = DealFixtures.allianceRecordingDeals();
    }

    private static RecordDeal oil(String from, String to, LocalDate signedOn) {
        return new RecordDeal(ALLIANCE, "deal-oil", from, to, DealKind.SUPPLY, "食用油与面粉配套 oil and flour",
                              new Quantity(BigDecimal.TEN, "t"), Recurrence.MONTHLY, new BigDecimal("120000"), signedOn,
                              "兖州区市场监督管理局");
    }

    @Test
    void membersRecordADealFromProviderToReceiver() {
        RecordDeal deal = oil(YIHAI.id(), BAIXIANG.id(), SIGNED);
        fixture.given(Yanzhou.allianceFounded())
               .when(deal)
               .expectEvents(deal.toEvent())
               .expectResultMessagePayload(2L);
    }

    @Test
    void bothPartiesMustBeCurrentMembers() {
        fixture.given(Yanzhou.allianceFounded())
               .when(oil(YIHAI.id(), YUDA.id(), SIGNED))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
        fixture.given(Yanzhou.allianceFounded(), new MemberWithdrew(ALLIANCE, YIHAI.id(), SIGNED, null))
               .when(oil(YIHAI.id(), BAIXIANG.id(), SIGNED))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
    }

    @Test
    void thePartiesMustBeDistinct() {
        fixture.given(Yanzhou.allianceFounded())
               .when(oil(YIHAI.id(), YIHAI.id(), SIGNED))
               .expectNoEvents()
               .expectException(refused(RefusalCode.SAME_ENTERPRISE));
    }

    @Test
    void aDealCannotPrecedeEitherPartysMembership() {
        fixture.given(Yanzhou.allianceFounded())
               .when(oil(YIHAI.id(), BAIXIANG.id(), Yanzhou.FOUNDED_ON.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
        fixture.given(Yanzhou.allianceFounded(), new MemberAdmitted(ALLIANCE, YUDA, SIGNED, "app-yuda"))
               .when(oil(YIHAI.id(), YUDA.id(), SIGNED.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }
}
