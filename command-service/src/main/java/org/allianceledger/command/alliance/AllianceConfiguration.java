package org.allianceledger.command.alliance;

import org.allianceledger.platform.messaging.CallerMetaDataInterceptor;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.util.concurrent.Executors;

@Configuration(proxyBeanMethods = false)
public class AllianceConfiguration {

    /**
     * Snapshots are taken on a thread of their own: taken in the committing thread, the snapshot needs a second
     * connection while that thread still holds the aggregate's lock, and parallel commands that wait for the lock
     * hold the rest of the pool, which deadlocks until the pool times out.
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                    EventStore eventStore, TransactionManager transactionManager,
                                                    ParameterResolverFactory parameterResolverFactory,
                                                    HandlerDefinition handlerDefinition,
                                                    ThreadPoolTaskExecutor snapshotExecutor) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .executor(snapshotExecutor)
                .build();
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

    @Bean
    SnapshotTriggerDefinition allianceSnapshotTrigger(Snapshotter snapshotter,
                                                      @Value("${alliance.snapshot-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Two writers appending to one alliance at once (another instance, or two foundings of a new id) make one
     * of them lose on the event store's unique (aggregate, sequence); it is retried against the new state, so
     * a command succeeds or fails on its merits, never on a lost race. Refusals are never retried.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus,
                                  @Value("${alliance.command-retries:12}") int retries) {
        ExponentialBackOffIntervalRetryScheduler retry = ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(Executors.newScheduledThreadPool(1))
                .maxRetryCount(retries)
                .backoffFactor(5)
                .nonTransientFailurePredicate(failure -> !isConflict(failure))
                .build();
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(retry)
                .dispatchInterceptors(new CallerMetaDataInterceptor())
                .build();
    }

    private static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
