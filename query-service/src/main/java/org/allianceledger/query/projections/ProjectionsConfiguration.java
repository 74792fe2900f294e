package org.allianceledger.query.projections;

import org.allianceledger.events.ProblemStream;
import org.allianceledger.events.IndicatorStream;
import org.allianceledger.events.ZoneStream;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.HashMap;
import java.util.Map;

/** The projections' processor as Axon builds it, with what this service adds around its batches. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ProjectionsConfiguration {

    /**
     * Projections cause no messages, so there is nothing to correlate. Axon's default provider would read every
     * event's metadata for it all the same: deserializing it cost a rebuild about 7 % of its workers' time.
     */
    @Bean
    static CorrelationDataProvider noCorrelationData() {
        return message -> Map.of();
    }

    /**
     * Axon's JPA token store, with this instance's own node id (see {@link ProjectionNode}) and the claim timeout
     * of {@code axon.eventhandling.tokenstore.claim-timeout}: how long a dead instance's segments stay claimed.
     */
    @Bean
    TokenStore tokenStore(Serializer serializer, EntityManagerProvider entityManagers, TokenStoreProperties properties,
                          ProjectionNode node) {
        return JpaTokenStore.builder()
                .entityManagerProvider(entityManagers)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(node.id())
                .build();
    }

    /**
     * Every batch of the projections writes into the copy of the read models the database names, read and locked for
     * share once per transaction, before the first handler runs (after Axon has stored the batch's token, in the same
     * transaction): a switch or the start of a rebuild cannot come between the two. (Outside it, the same names are
     * the views queries read.)
     */
    @Autowired
    void writeWhereTheDatabaseSays(EventProcessingConfigurer processing, ReadModelSchemas schemas, JdbcTemplate jdbc,
                                   ApplicationEventPublisher events) {
        MessageHandlerInterceptor<EventMessage<?>> interceptor = (unitOfWork, chain) -> {
            UnitOfWork<?> batch = unitOfWork.root();
            ReadModelSchemas.State state = batch.getOrComputeResource("read-model-state", key -> {
                ReadModelSchemas.State locked = schemas.forBatch();
                schemas.writeTo(locked.writing());
                // read models are derived: a crash can lose only the last batches, each whole with its token, and
                // the processor applies them again; so commits need not wait for the WAL to reach the disk
                jdbc.execute("SET LOCAL synchronous_commit = off");
                return locked;
            });
            // versions are the alliances': a zone's, a problem's and an enterprise's indicators' events (their own
            // streams) count for none
            if (unitOfWork.getMessage() instanceof DomainEventMessage<?> event
                && !ZoneStream.holds(event.getAggregateIdentifier())
                && !ProblemStream.holds(event.getAggregateIdentifier())
                && !IndicatorStream.holds(event.getAggregateIdentifier())) {
                versions(batch, jdbc, state, events).merge(event.getAggregateIdentifier(), event.getSequenceNumber() + 1, Math::max);
            }
            return chain.proceed();
        };
        processing.registerHandlerInterceptor(ProjectionGroup.NAME, configuration -> interceptor);
    }

    /**
     * An event a projection fails on is parked loudly ({@link ParkingPolicy}). A rebuild empties the dead-letter
     * queue with the copy it fills: it replays every event from the start, parked ones too, and the replay parks
     * again what still fails. (Kept, the old letters would hold the whole alliance behind them, its founding first,
     * and retrying them would apply its events twice, out of order.)
     */
    @Autowired
    void parkLoudlyAndClearOnRebuild(EventProcessingConfigurer processing, ParkingPolicy policy,
                                     @Value("${axon.eventhandling.processors.projections.dlq.cache.enabled:false}") boolean cache,
                                     @Value("${axon.eventhandling.processors.projections.dlq.cache.size:1024}") int cacheSize) {
        processing.registerDeadLetterPolicy(ProjectionGroup.NAME, configuration -> policy)
                .registerDeadLetteringEventHandlerInvokerConfiguration(ProjectionGroup.NAME, (configuration, invoker) -> {
                    // this replaces the configuration Axon derives from the dlq properties, so it applies them itself:
                    // without the cache, every event of a rebuild asked the database whether its alliance was parked
                    invoker.allowReset(true);
                    return cache ? invoker.enableSequenceIdentifierCache().sequenceIdentifierCacheSize(cacheSize) : invoker;
                });
    }

    /**
     * How many events of each alliance the read models have applied, for ?minVersion and the dashboards' live
     * updates: written once per alliance per batch, in the batch's transaction, so it never runs ahead of them.
     */
    private static Map<String, Long> versions(UnitOfWork<?> batch, JdbcTemplate jdbc, ReadModelSchemas.State state,
                                              ApplicationEventPublisher events) {
        return batch.getOrComputeResource("alliance-versions", key -> {
            Map<String, Long> versions = new HashMap<>();
            batch.onPrepareCommit(unitOfWork -> jdbc.batchUpdate("""
                    INSERT INTO alliance_version (alliance_id, version) VALUES (?, ?)
                    ON CONFLICT (alliance_id) DO UPDATE SET version = GREATEST(alliance_version.version, EXCLUDED.version)""",
                    versions.entrySet().stream().map(e -> new Object[]{e.getKey(), e.getValue()}).toList()));
            // dashboards hear of it once queries can see it: not while a rebuild fills the copy they do not read
            batch.afterCommit(unitOfWork -> {
                if (state.building() == null) {
                    events.publishEvent(new ReadModelsApplied(versions));
                }
            });
            return versions;
        });
    }
}
