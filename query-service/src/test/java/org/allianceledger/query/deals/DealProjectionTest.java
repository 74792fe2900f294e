package org.allianceledger.query.deals;

import org.allianceledger.events.DealKind;
import org.allianceledger.events.DealRecorded;
import org.allianceledger.events.Quantity;
import org.allianceledger.events.Recurrence;
import org.allianceledger.query.projections.ProjectionBench;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.projections.ProjectionBench.anAlliance;
import static org.assertj.core.api.Assertions.assertThat;

class DealProjectionTest {

    static final ProjectionBench bench = ProjectionBench.on("projection_deals");

    final String alliance = anAlliance();
    final ProjectionBench.Feed deals = bench.feed(new DealProjection(bench.jdbc(), bench.writer()));

    DealRecorded oil(String dealId) {
        return new DealRecorded(alliance, dealId, YIHAI.id(), BAIXIANG.id(), DealKind.SUPPLY, "食用油, \"一级\"",
                                new Quantity(new BigDecimal("12.500000"), "TNE"), Recurrence.MONTHLY,
                                new BigDecimal("1E+5"), LocalDate.of(2022, 6, 15), "兖州区工商联");
    }

    DealRecorded advice(String dealId) {
        return new DealRecorded(alliance, dealId, JINMAILANG.id(), YIHAI.id(), DealKind.TECHNICAL_SERVICE, "质量体系咨询",
                                null, null, null, LocalDate.of(2022, 7, 1), null);
    }

    List<Map<String, Object>> rows() {
        return bench.rows("""
                SELECT deal_id, seq, provider, receiver, kind, subject, quantity_amount, quantity_unit, recurrence,
                       value_cny, signed_on, brokered_by, recorded_at
                FROM deal WHERE alliance_id = ? ORDER BY seq""", alliance);
    }

    @Test
    void aRecordedDealIsOneRowWithItsPlaceInTheAllianceStreamAndWhenItWasRecorded() {
        var recorded = bench.message(oil("d1"));
        deals.live(recorded);

        Map<String, Object> row = rows().get(0);
        assertThat(row).containsEntry("deal_id", "d1").containsEntry("seq", recorded.getSequenceNumber())
                .containsEntry("provider", YIHAI.id()).containsEntry("receiver", BAIXIANG.id())
                .containsEntry("kind", "SUPPLY").containsEntry("subject", "食用油, \"一级\"")
                .containsEntry("quantity_unit", "TNE").containsEntry("recurrence", "MONTHLY")
                .containsEntry("brokered_by", "兖州区工商联");
        assertThat((BigDecimal) row.get("quantity_amount")).isEqualByComparingTo("12.5");
        assertThat((BigDecimal) row.get("value_cny")).isEqualByComparingTo("100000");
        assertThat(row.get("signed_on")).isEqualTo(Date.valueOf(LocalDate.of(2022, 6, 15)));
        assertThat(bench.jdbc().sql("SELECT recorded_at FROM deal WHERE alliance_id = ?")
                .param(alliance).query(OffsetDateTime.class).single().toInstant())
                .isEqualTo(recorded.getTimestamp());
    }

    @Test
    void aDealWithoutQuantityValueOrBrokerLeavesThoseEmpty() {
        deals.live(advice("d2"));

        assertThat(rows().get(0)).containsEntry("quantity_amount", null).containsEntry("quantity_unit", null)
                .containsEntry("recurrence", null).containsEntry("value_cny", null).containsEntry("brokered_by", null);
    }

    @Test
    void aDealHandledTwiceIsStillOneRow() {
        var recorded = bench.message(oil("d3"));
        deals.live(recorded, recorded);

        assertThat(rows()).hasSize(1);
    }

    @Test
    void replayedDealsLoadedByCopyAreTheSameRowsAsLiveOnes() {
        var oil = bench.message(oil("d4"));
        var advice = bench.message(advice("d5"));
        deals.live(oil, advice);
        List<Map<String, Object>> live = rows();
        bench.jdbc().sql("DELETE FROM deal WHERE alliance_id = ?").param(alliance).update();

        deals.replayed(oil, advice);

        assertThat(rows()).hasSize(2).isEqualTo(live);
    }
}
