package org.allianceledger.command;

import org.allianceledger.platform.persistence.EventStoreTables;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.support.JdbcTransactionManager;

import javax.sql.DataSource;

/**
 * command-service appends with Axon's JDBC engine: one insert per event, its {@code global_index} from the column
 * default, where Axon's JPA engine asked the sequence first and flushed an entity (a second round trip and
 * Hibernate's flush per event, at the top of the command path's profile; docs/benchmarks.md, issue 16). A duplicate
 * (aggregate, sequence) is still Axon's ConcurrencyException, retried by the command gateway.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStoreWriting {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer snapshotSerializer, PersistenceExceptionResolver exceptions,
                                          @Qualifier("eventSerializer") Serializer eventSerializer, Configuration axon,
                                          DataSource dataSource, TransactionManager transactions) {
        return EventStoreTables.engine(snapshotSerializer, eventSerializer, exceptions, axon, dataSource, transactions)
                .build();
    }

    /**
     * Nothing on the command side writes through JPA any more, so a command's transaction is its connection's own,
     * without a Hibernate session opened, flushed and closed around every command.
     */
    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
