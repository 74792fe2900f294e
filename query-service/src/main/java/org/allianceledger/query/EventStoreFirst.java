package org.allianceledger.query;

import org.allianceledger.platform.persistence.EventStoreMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * command-service owns the event store's migrations; query-service migrates its own tables once those are all
 * applied, waiting up to {@code alliance.event-store.wait} for a command-service that starts beside it, and does not
 * start without them (Hibernate would refuse Axon's missing tables less clearly).
 */
@Configuration(proxyBeanMethods = false)
class EventStoreFirst {

    private static final Logger LOG = LoggerFactory.getLogger(EventStoreFirst.class);
    private static final Duration LOOK_EVERY = Duration.ofMillis(500);

    @Bean
    FlywayMigrationStrategy migrateOnceTheEventStoreIsThere(@Value("${alliance.event-store.wait:60s}") Duration wait) {
        return flyway -> {
            awaitEventStore(flyway.getConfiguration().getDataSource(), wait);
            flyway.migrate();
        };
    }

    static void awaitEventStore(DataSource dataSource, Duration wait) {
        Instant giveUp = Instant.now().plus(wait);
        Optional<String> missing = EventStoreMigrations.notYetApplied(dataSource);
        if (missing.isPresent()) {
            LOG.info("Waiting up to {} s for command-service to create the event store (not applied yet: {})",
                     wait.toSeconds(), missing.get());
        }
        while (missing.isPresent()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("No event store in this database after " + wait.toSeconds()
                        + " s (not applied: " + missing.get() + "): command-service creates it, start it first");
            }
            try {
                Thread.sleep(LOOK_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the event store", e);
            }
            missing = EventStoreMigrations.notYetApplied(dataSource);
        }
    }
}
