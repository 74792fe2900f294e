package org.allianceledger.query.indicators;

import org.allianceledger.events.Disclosure;
import org.allianceledger.events.RevenueReported;
import org.allianceledger.query.indicators.IndicatorQueries.Revision;
import org.allianceledger.query.projections.ProjectionBench;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorProjectionTest {

    static final ProjectionBench bench = ProjectionBench.on("projection_indicators");

    final IndicatorsOnBench indicators = new IndicatorsOnBench(bench);
    final String enterprise = "91370812" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();

    RevenueReported reported(int year, String revenue, LocalDate on, Disclosure disclosure, String note) {
        return new RevenueReported(enterprise, year, new BigDecimal(revenue), on, disclosure, "年报 \uD840\uDC00", note);
    }

    @Test
    void everyRevisionIsKeptWithItsExactFigureAndTextsByteForByte() {
        indicators.report(reported(2022, "1031000000.00", LocalDate.of(2023, 1, 31), Disclosure.PUBLIC, "首次填报"));
        indicators.report(reported(2022, "999999999999999.99", LocalDate.of(2023, 4, 30), Disclosure.CONFIDENTIAL,
                                   "更正:\r\n含\t子公司"));
        Map<Integer, List<Revision>> years = indicators.queries.revisions(enterprise);
        assertThat(years).containsOnlyKeys(2022);
        List<Revision> revisions = years.get(2022);
        assertThat(revisions).extracting(Revision::revision).containsExactly(1, 2);
        assertThat(revisions.get(0).revenueCny()).isEqualByComparingTo("1031000000");
        assertThat(revisions.get(1).revenueCny()).isEqualTo(new BigDecimal("999999999999999.99"));
        assertThat(revisions.get(1).note()).isEqualTo("更正:\r\n含\t子公司");
        assertThat(revisions.get(1).source()).isEqualTo("年报 \uD840\uDC00");
        assertThat(revisions.get(1).disclosure()).isEqualTo(Disclosure.CONFIDENTIAL);
        assertThat(revisions.get(1).submittedBy()).isEqualTo("operator");
        assertThat(revisions.get(1).recordedAt()).isAfter(revisions.get(0).recordedAt());
    }

    @Test
    void aReportHandedTwiceIsStoredOnce() {
        DomainEventMessage<RevenueReported> message = indicators.message(
                reported(2021, "617107000", LocalDate.of(2023, 1, 31), Disclosure.PUBLIC, null));
        indicators.feed.live(message, message);
        assertThat(indicators.queries.revisions(enterprise).get(2021)).hasSize(1);
    }

    @Test
    void replayedReportsAreStoredAsLiveOnes() {
        RevenueReported first = reported(2021, "617107000", LocalDate.of(2023, 1, 31), Disclosure.PUBLIC, null);
        RevenueReported second = reported(2021, "617200000", LocalDate.of(2023, 3, 1), Disclosure.PUBLIC, "修订");
        indicators.feed.replayed(indicators.message(first), indicators.message(second));
        assertThat(indicators.queries.revisions(enterprise).get(2021)).extracting(Revision::revenueCny)
                .containsExactly(new BigDecimal("617107000.00"), new BigDecimal("617200000.00"));
    }
}
