package org.allianceledger.command.idempotency;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Idempotency-Key on every command. Axon registers the interceptor beans itself: {@link IdempotencyMetaData} on the
 * command gateway (the request's key onto the command) and {@link RecordedAnswers} on the command bus, where it runs
 * inside the transaction Axon opens for each command. Scheduling runs the purge of old keys.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyConfiguration {
}
