package org.allianceledger.command.alliance;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * Deadlines (vote windows) live in PostgreSQL through db-scheduler, so they survive a restart of this service
 * and fire on exactly one instance. Axon's auto-configuration builds the deadline manager on this scheduler.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    @Bean(destroyMethod = "")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks,
                                @Value("${alliance.deadlines.polling-interval:5s}") Duration pollingInterval) {
        return Scheduler.create(dataSource, tasks)
                .pollingInterval(pollingInterval)
                .threads(2)
                .build();
    }

    /**
     * A deadline runs in a unit of work of its own, to which Axon attaches no correlation data: without this,
     * the events it causes would not say who (the system) caused them, nor in which request's wake.
     */
    @Bean
    SmartInitializingSingleton deadlineCorrelation(DeadlineManager deadlineManager,
                                                   List<CorrelationDataProvider> providers) {
        return () -> deadlineManager.registerHandlerInterceptor(new CorrelationDataInterceptor<>(providers));
    }

    /** Started last, after Axon can route a deadline to its aggregate; stopped first. */
    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE;
            }
        };
    }
}
