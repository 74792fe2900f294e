package org.allianceledger.command.indicators;

import org.allianceledger.events.Disclosure;
import org.allianceledger.events.RevenueReported;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.web.Slug;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.assertj.core.api.Assertions.assertThat;

class EnterpriseIndicatorsTest {

    static final String BX = BAIXIANG.id();
    static final LocalDate REPORTED_ON = LocalDate.of(2023, 1, 31);

    private FixtureConfiguration<EnterpriseIndicators> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EnterpriseIndicators.class);
    }

    static ReportRevenue report(int year, String revenue, LocalDate on, Disclosure disclosure) {
        return new ReportRevenue(BX, year, new BigDecimal(revenue), on, disclosure, "reported", null);
    }

    static RevenueReported reported(int year, String revenue, LocalDate on, Disclosure disclosure) {
        return new RevenueReported(BX, year, new BigDecimal(revenue).setScale(2), on, disclosure, "reported", null);
    }

    @Test
    void anEnterpriseNeedsNoMembershipToReportItsRevenue() {
        fixture.givenNoPriorActivity()
               .when(report(2022, "1031000000", REPORTED_ON, Disclosure.PUBLIC))
               .expectEvents(reported(2022, "1031000000", REPORTED_ON, Disclosure.PUBLIC))
               .expectResultMessagePayload(new RevenueRevision(BX, 2022, 1, 1));
    }

    @Test
    void aLaterReportForTheSameYearIsARevisionKeptBesideTheEarlierOne() {
        fixture.given(reported(2022, "1031000000", REPORTED_ON, Disclosure.PUBLIC))
               .when(report(2022, "1031500000", LocalDate.of(2023, 4, 30), Disclosure.PUBLIC))
               .expectEvents(reported(2022, "1031500000", LocalDate.of(2023, 4, 30), Disclosure.PUBLIC))
               .expectResultMessagePayload(new RevenueRevision(BX, 2022, 2, 2));
    }

    @Test
    void theSameReportResentRecordsNothing() {
        fixture.given(reported(2022, "1031000000", REPORTED_ON, Disclosure.PUBLIC))
               .when(report(2022, "1031000000.00", REPORTED_ON, Disclosure.PUBLIC))
               .expectNoEvents()
               .expectResultMessagePayload(new RevenueRevision(BX, 2022, 1, 1));
    }

    @Test
    void aChangedDisclosureIsARevision() {
        fixture.given(reported(2022, "1031000000", REPORTED_ON, Disclosure.CONFIDENTIAL))
               .when(report(2022, "1031000000", REPORTED_ON, Disclosure.PUBLIC))
               .expectEvents(reported(2022, "1031000000", REPORTED_ON, Disclosure.PUBLIC))
               .expectResultMessagePayload(new RevenueRevision(BX, 2022, 2, 2));
    }

    @Test
    void eachYearCountsItsOwnRevisions() {
        fixture.given(reported(2022, "1031000000", REPORTED_ON, Disclosure.PUBLIC))
               .when(report(2021, "617107000", REPORTED_ON, Disclosure.PUBLIC))
               .expectEvents(reported(2021, "617107000", REPORTED_ON, Disclosure.PUBLIC))
               .expectResultMessagePayload(new RevenueRevision(BX, 2021, 1, 2));
    }

    @Test
    void aReportDatedBeforeItsYearBeganIsRefused() {
        fixture.givenNoPriorActivity()
               .when(report(2022, "1031000000", LocalDate.of(2021, 12, 31), Disclosure.PUBLIC))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void anEnterprisesIndicatorsAreStoredUnderAnIdentifierNoAllianceSlugCanHave() {
        String stream = report(2022, "1", REPORTED_ON, Disclosure.PUBLIC).stream();
        assertThat(stream).isNotEqualTo(BX).endsWith(BX).doesNotMatch(Slug.PATTERN);
    }
}
