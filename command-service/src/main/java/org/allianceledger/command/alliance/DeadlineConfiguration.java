package org.allianceledger.command.alliance;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Deadlines (vote windows, chair terms) live in PostgreSQL through db-scheduler, so they survive a restart of this
 * service and fire on exactly one instance. db-scheduler's Spring Boot starter builds the scheduler (settings under
 * {@code db-scheduler.*} in command-service.yml) on the DataSource wrapped in Spring's TransactionAwareDataSourceProxy,
 * and starts it once the context is ready; Axon's auto-configuration builds the deadline manager on it. A deadline is
 * therefore scheduled on the connection of the transaction that appends its event: both or neither are stored, and a
 * command never needs a second connection for it.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    /**
     * A deadline runs in a unit of work of its own, to which Axon attaches no correlation data: without this,
     * the events it causes would not say who (the system) caused them, nor in which request's wake.
     */
    @Bean
    SmartInitializingSingleton deadlineCorrelation(DeadlineManager deadlineManager,
                                                   List<CorrelationDataProvider> providers) {
        return () -> deadlineManager.registerHandlerInterceptor(new CorrelationDataInterceptor<>(providers));
    }
}
