package org.allianceledger.query.alliances;

import org.allianceledger.query.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records, per alliance, how many of its events the read models have applied: every event of the processor
 * passes here in the same transaction as the other projections' updates, so the version never runs ahead.
 */
@Component
@ProcessingGroup(Projections.GROUP)
class AllianceVersionProjection {

    private final JdbcClient jdbc;

    AllianceVersionProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        jdbc.sql("""
                INSERT INTO alliance_version (alliance_id, version) VALUES (?, ?)
                ON CONFLICT (alliance_id) DO UPDATE SET version = GREATEST(alliance_version.version, EXCLUDED.version)""")
                .params(message.getAggregateIdentifier(), message.getSequenceNumber() + 1)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM alliance_version").update();
    }
}
