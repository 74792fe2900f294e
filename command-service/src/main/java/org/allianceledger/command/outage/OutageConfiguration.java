package org.allianceledger.command.outage;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;

/**
 * Commands through database outages (API.md, "Retries and outages"): Axon's transactions tell an in-doubt commit
 * from other failures, and the gateway the controllers get wraps the one built with the conflict retries
 * ({@code commandGateway}) to send commands again through an outage where that is safe.
 */
@Configuration(proxyBeanMethods = false)
class OutageConfiguration {

    /** Replaces Axon's own (which it is, but for the in-doubt commit). */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new InDoubtCommits(transactions);
    }

    @Bean
    @Primary
    CommandGateway outageRetryingGateway(@Qualifier("commandGateway") CommandGateway gateway,
                                         @Value("${alliance.outage.retries:3}") int retries,
                                         @Value("${alliance.outage.retry-delay:100ms}") Duration delay,
                                         @Value("${alliance.outage.retry-within:3s}") Duration within) {
        return new OutageRetryingGateway(gateway, retries, delay, within);
    }
}
