package org.allianceledger.query.deals;

import org.allianceledger.events.DealRecorded;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

@Component
@ProcessingGroup(ProjectionGroup.NAME)
class DealProjection {

    private static final ReadModelWriter.Table DEALS = new ReadModelWriter.Table("deal", "alliance_id", "deal_id",
            "seq", "provider", "receiver", "kind", "subject", "quantity_amount", "quantity_unit", "recurrence",
            "value_cny", "signed_on", "brokered_by", "recorded_at");

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;

    DealProjection(JdbcClient jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventHandler
    void on(DealRecorded deal, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        // one insert and nothing else (deals are counted when asked), so that a replay loads deals in one COPY
        writer.insert(DEALS, deal.allianceId(), deal.dealId(), sequence, deal.provider(), deal.receiver(),
                deal.kind().name(), deal.subject(), deal.quantity() == null ? null : deal.quantity().amount(),
                deal.quantity() == null ? null : deal.quantity().unit(),
                deal.recurrence() == null ? null : deal.recurrence().name(), deal.valueCny(), deal.signedOn(),
                deal.brokeredBy(), recordedAt.atOffset(ZoneOffset.UTC));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE deal").update();
    }
}
