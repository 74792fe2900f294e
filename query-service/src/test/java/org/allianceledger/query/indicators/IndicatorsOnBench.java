package org.allianceledger.query.indicators;

import org.allianceledger.events.IndicatorStream;
import org.allianceledger.events.RevenueReported;
import org.allianceledger.query.projections.ProjectionBench;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Revenue reports fed to the projection on a bench as the command side stores them: each enterprise's own stream. */
final class IndicatorsOnBench {

    final ProjectionBench bench;
    final ProjectionBench.Feed feed;
    final IndicatorQueries queries;
    private final Map<String, Long> sequences = new HashMap<>();
    private long recorded;

    IndicatorsOnBench(ProjectionBench bench) {
        this.bench = bench;
        this.feed = bench.feed(new IndicatorProjection(bench.jdbc(), bench.writer()));
        this.queries = new IndicatorQueries(bench.jdbc());
    }

    DomainEventMessage<RevenueReported> message(RevenueReported reported) {
        long sequence = sequences.merge(reported.enterpriseId(), 1L, Long::sum) - 1;
        return new GenericDomainEventMessage<>("EnterpriseIndicators", IndicatorStream.of(reported.enterpriseId()),
                                               sequence, reported, MetaData.with("submittedBy", "operator"),
                                               UUID.randomUUID().toString(),
                                               Instant.parse("2026-11-02T08:00:00Z").plusSeconds(recorded++));
    }

    /** Records the report live; returns its place in the enterprise's stream. */
    long report(RevenueReported reported) {
        DomainEventMessage<RevenueReported> message = message(reported);
        feed.live(message);
        return message.getSequenceNumber();
    }
}
