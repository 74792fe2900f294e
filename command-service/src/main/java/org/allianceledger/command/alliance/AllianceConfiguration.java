package org.allianceledger.command.alliance;

import io.micrometer.core.instrument.MeterRegistry;
import org.allianceledger.platform.messaging.CallerMetaDataInterceptor;
import org.allianceledger.platform.messaging.LedgerCorrelationDataProvider;
import org.allianceledger.platform.persistence.StoreOutage;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotterFactoryBean;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;

@Configuration(proxyBeanMethods = false)
public class AllianceConfiguration {

    /** Caller, correlation and causation of every event, from the command or deadline that caused it (static:
     * Axon's configuration needs it before this class, whose methods take the command bus). */
    @Bean
    static CorrelationDataProvider ledgerCorrelationDataProvider() {
        return new LedgerCorrelationDataProvider();
    }

    /**
     * Snapshots are taken after the commit on a thread of their own, which holds no lock while it waits for its
     * connection: taken in the committing thread, the snapshot would keep the alliance locked, and every command
     * queued behind it waiting, for as long as it takes. Axon's factory bean finds the event store, the transaction
     * manager, the repositories and the handler and parameter resolvers in the context.
     */
    @Bean
    SpringAggregateSnapshotterFactoryBean aggregateSnapshotter(ThreadPoolTaskExecutor snapshotExecutor) {
        SpringAggregateSnapshotterFactoryBean snapshotter = new SpringAggregateSnapshotterFactoryBean();
        snapshotter.setExecutor(snapshotExecutor);
        return snapshotter;
    }

    /** One thread; on shutdown it finishes the snapshot in hand before the database connections close. */
    @Bean
    ThreadPoolTaskExecutor snapshotExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("alliance-snapshotter-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }

    /**
     * Commands on one alliance take turns, in this instance and then among all instances; see
     * {@link QueuedLockFactory}, {@link StoreTurns} and docs/api.md on concurrency.
     */
    @Bean
    LockFactory allianceLockFactory(@Value("${alliance.lock.wait:5s}") Duration wait,
                                    @Value("${alliance.lock.max-waiting:100}") int maxWaiting,
                                    JdbcClient jdbc, MeterRegistry metrics) {
        return new QueuedLockFactory(wait, maxWaiting, new StoreTurns(jdbc, metrics));
    }

    /** The alliances in memory between commands, each caught up with the store before use; see {@link AllianceCache}. */
    @Bean
    Cache allianceCache(ObjectProvider<org.axonframework.config.Configuration> axon,
                        @Qualifier("allianceSnapshotTrigger") ObjectProvider<SnapshotTriggerDefinition> snapshotTrigger,
                        @Value("${alliance.cache.max-entries:500}") int maxEntries, MeterRegistry metrics) {
        return new AllianceCache(new AllianceCatchUp(axon, snapshotTrigger), maxEntries, metrics);
    }

    @Bean
    SnapshotTriggerDefinition allianceSnapshotTrigger(Snapshotter snapshotter,
                                                      @Value("${alliance.snapshot-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Two writers appending to one alliance at once (two foundings of one new id: each creates the alliance
     * without reading the store, turns or not; or anything that writes without the turns) make one of them lose
     * on the event store's unique (aggregate, sequence); it is retried against the new state, so a command
     * succeeds or fails on its merits, never on a lost race. Refusals are never retried.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus,
                                  @Value("${alliance.command-retries:12}") int retries, MeterRegistry metrics) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(counted(retryOnConflict(retries), metrics))
                .dispatchInterceptors(new CallerMetaDataInterceptor())
                .build();
    }

    /** Each retry counted as {@code alliance.command.retries}: how often commands lose races. */
    static RetryScheduler counted(RetryScheduler retries, MeterRegistry metrics) {
        return (command, failure, failures, dispatch) -> {
            boolean again = retries.scheduleRetry(command, failure, failures, dispatch);
            if (again) {
                metrics.counter("alliance.command.retries").increment();
            }
            return again;
        };
    }

    static RetryScheduler retryOnConflict(int retries) {
        return ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(Executors.newScheduledThreadPool(1))
                .maxRetryCount(retries)
                .backoffFactor(5)
                // Axon asks this of the failure and of each of its causes, and retries only if all say no: a lost
                // race is a ConcurrencyException caused by the database's unique-key violation. An outage is no
                // race: the outage package's gateway decides whether sending again is safe.
                .nonTransientFailurePredicate(failure -> StoreOutage.isOutage(failure)
                                                         || !(failure instanceof ConcurrencyException
                                                              || failure instanceof SQLException))
                .build();
    }
}
