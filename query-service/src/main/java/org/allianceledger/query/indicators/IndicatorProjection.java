package org.allianceledger.query.indicators;

import org.allianceledger.events.RevenueReported;
import org.allianceledger.platform.messaging.LedgerMetaData;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Every revenue report as a row of its own: revisions are kept, and each question picks the one it sees. */
@Component
@ProcessingGroup(ProjectionGroup.NAME)
class IndicatorProjection {

    private static final ReadModelWriter.Table REVENUE_REPORT = new ReadModelWriter.Table(
            "revenue_report", "enterprise_id", "sequence", "year", "revenue_cny", "reported_on", "disclosure",
            "source", "note", "recorded_at", "submitted_by");

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;

    IndicatorProjection(JdbcClient jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventHandler
    void on(RevenueReported reported, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(LedgerMetaData.SUBMITTED_BY) String submittedBy) {
        writer.insert(REVENUE_REPORT, reported.enterpriseId(), sequence, reported.year(), reported.revenueCny(),
                      reported.reportedOn(), reported.disclosure().name(), reported.source(), reported.note(),
                      OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC), submittedBy);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE revenue_report").update();
    }
}
