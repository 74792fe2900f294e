package org.allianceledger.query.projections;

import org.allianceledger.events.AllianceEvent;
import org.allianceledger.platform.testing.TestDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A projection under test on the real read-model schema: a fresh PostgreSQL database migrated as query-service
 * migrates it, and events handed to the projection's annotated handlers as the processor hands them (one unit of
 * work per batch), written through {@link ReadModelWriter} into the copy a batch writes ({@code read_a}).
 * Events are live, written at once, or replayed, kept until their batch commits and then sent together.
 */
public final class ProjectionBench {

    /** When the first event was recorded; each later one a second after the one before. */
    public static final Instant RECORDING_STARTS = Instant.parse("2026-11-02T08:00:00Z");

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;
    private final Map<String, Long> sequences = new HashMap<>();
    private long position;

    private ProjectionBench(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
        this.writer = new ReadModelWriter(jdbc);
    }

    /** On database {@code <prefix><name>}, created anew and migrated. */
    public static ProjectionBench on(String name) {
        String url = TestDatabase.url(name);
        Flyway.configure().dataSource(url, TestDatabase.USER, "").locations("classpath:db/query")
                .placeholders(ReadModelColumns.TYPES).table("flyway_history_query").load().migrate();
        // where a batch writes: unqualified read-model tables are those of the copy (ReadModelSchemas.writeTo)
        DriverManagerDataSource batch = new DriverManagerDataSource(url + "?currentSchema=read_a,public",
                                                                    TestDatabase.USER, "");
        return new ProjectionBench(new JdbcTemplate(batch));
    }

    /** An alliance id no other test uses, so that the tests of a class can share their database. */
    public static String anAlliance() {
        return "alliance-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public ReadModelWriter writer() {
        return writer;
    }

    /** The projection's handlers, as Axon invokes them. */
    public Feed feed(Object projection) {
        return new Feed(new AnnotationEventHandlerAdapter(projection));
    }

    /** What the read models hold, through the copy a batch writes. */
    public List<Map<String, Object>> rows(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query().listOfRows();
    }

    public final class Feed {

        private final AnnotationEventHandlerAdapter handlers;

        private Feed(AnnotationEventHandlerAdapter handlers) {
            this.handlers = handlers;
        }

        /** Each event in a batch of its own, as the events of a live alliance mostly arrive. */
        public Feed live(AllianceEvent... events) {
            for (AllianceEvent event : events) {
                handleInOneBatch(List.of(message(event)), false);
            }
            return this;
        }

        /** The events replayed in one batch, as after a rebuild's reset. */
        public Feed replayed(AllianceEvent... events) {
            return replayed(Arrays.stream(events).map(ProjectionBench.this::message).toArray(DomainEventMessage<?>[]::new));
        }

        /** Events made with {@link #message} replayed in one batch: the same events as live ones, handed again. */
        public Feed replayed(DomainEventMessage<?>... messages) {
            TrackingToken token = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(position), null);
            handleInOneBatch(Arrays.stream(messages)
                                     .map(message -> (EventMessage<?>) new GenericTrackedDomainEventMessage<>(token, message))
                                     .toList(), true);
            return this;
        }

        /** Live events made with {@link #message}, each in a batch of its own: one may be handed twice. */
        public Feed live(DomainEventMessage<?>... messages) {
            for (DomainEventMessage<?> message : messages) {
                handleInOneBatch(List.of(message), false);
            }
            return this;
        }

        /** The reset a rebuild starts with, in the copy it fills. */
        public Feed reset() {
            handlers.prepareReset();
            return this;
        }

        private void handleInOneBatch(List<? extends EventMessage<?>> messages, boolean replay) {
            BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.copyOf(messages));
            ResultMessage<?> result = batch.executeWithResult(() -> {
                if (writer.defers() != replay) {
                    throw new IllegalStateException(replay ? "A replayed event was written at once" : "A live event waited");
                }
                return handlers.handle(batch.getMessage());
            });
            if (result.isExceptional()) {
                throw new IllegalStateException("The batch failed", result.exceptionResult());
            }
        }
    }

    /** The event as the next of its alliance's stream. */
    public DomainEventMessage<AllianceEvent> message(AllianceEvent event) {
        long sequence = sequences.merge(event.allianceId(), 1L, Long::sum) - 1;
        Instant recordedAt = RECORDING_STARTS.plusSeconds(position++);
        return new GenericDomainEventMessage<>("Alliance", event.allianceId(), sequence, event, MetaData.emptyInstance(),
                                               UUID.randomUUID().toString(), recordedAt);
    }
}
