package org.allianceledger.query;

import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventStoreFirstTest {

    @Test
    void queryServiceDoesNotStartWithoutTheEventStore() {
        DriverManagerDataSource empty = new DriverManagerDataSource(TestDatabase.url("no_event_store"), TestDatabase.USER, "");

        assertThatThrownBy(() -> EventStoreFirst.awaitEventStore(empty, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("command-service creates it");
    }

    @Test
    void queryServiceWaitsForCommandServiceToCreateTheEventStore() throws Exception {
        String url = TestDatabase.url("event_store_later");
        DriverManagerDataSource database = new DriverManagerDataSource(url, TestDatabase.USER, "");
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(
                () -> EventStoreFirst.awaitEventStore(database, Duration.ofSeconds(30)));

        Thread.sleep(1_000);
        assertThat(waiting).isNotDone();
        TestDatabase.urlOnEventStore("event_store_later");

        waiting.get(10, TimeUnit.SECONDS);
    }
}
