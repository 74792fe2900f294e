package org.allianceledger.platform.persistence;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;

import javax.sql.DataSource;

/**
 * Both services use Axon's JDBC engine on the event store's tables (db/eventstore), which carry the names Axon's JPA
 * entities gave them; {@code global_index} comes from its column default. The engine takes the connection of the
 * transaction in hand: command-service appends in the command's own transaction, beside its other writes.
 */
public final class EventStoreTables {

    /** The tables as Axon's JPA engine names them. */
    public static final EventSchema SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .metaDataColumn("meta_data")
            .build();

    private EventStoreTables() {
    }

    /** An engine on these tables with the services' serializers and upcasters; the caller may set more. */
    public static JdbcEventStorageEngine.Builder engine(Serializer snapshotSerializer, Serializer eventSerializer,
                                                        PersistenceExceptionResolver exceptions, Configuration axon,
                                                        DataSource dataSource, TransactionManager transactions) {
        return JdbcEventStorageEngine.builder()
                .schema(SCHEMA)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .transactionManager(transactions);
    }
}
