package org.allianceledger.platform.persistence;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLErrorCodesResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Axon tells a duplicate event (two commands that raced for one sequence number) from other failures: by
 * PostgreSQL's error codes. Axon's default resolver asks the database which product it is while the context
 * starts; the store is always PostgreSQL, and a start that connects to nothing can be trained for class-data
 * sharing without a database (Dockerfile, profile cds-training).
 */
@Configuration(proxyBeanMethods = false)
class StoreFailures {

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLErrorCodesResolver("PostgreSQL");
    }
}
