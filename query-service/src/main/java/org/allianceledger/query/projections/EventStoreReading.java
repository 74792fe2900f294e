package org.allianceledger.query.projections;

import org.allianceledger.platform.persistence.EventStoreTables;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * How query-service reads the event store that command-service appends to.
 * It learns of new events only by asking the store: often enough for a dashboard to show a command within a
 * second (Axon asks once a second). It reads with Axon's JDBC engine, on the same tables: without an entity per
 * row, a rebuild is faster (docs/decisions/0004-query-service-reads-the-store-with-jdbc.md); and parses each
 * event's timestamp once ({@link EventStoreEngine}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStoreReading {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer snapshotSerializer, PersistenceExceptionResolver exceptions,
                                          @Qualifier("eventSerializer") Serializer eventSerializer, Configuration axon,
                                          DataSource dataSource, TransactionManager transactions) {
        // Axon's defaults: gaps up to 10,000 positions back, kept for a minute
        return new EventStoreEngine(EventStoreTables.engine(snapshotSerializer, eventSerializer, exceptions, axon,
                                                            dataSource, transactions),
                                    EventStoreTables.SCHEMA, 10_000, 1, 60_000);
    }

    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration axon,
                                  @Value("${alliance.projections.poll-interval:100ms}") Duration pollInterval) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .fetchDelay(pollInterval.toMillis())
                .build();
    }
}
