package org.allianceledger.query.audit;

import org.allianceledger.events.AllianceEvent;
import org.allianceledger.events.ProblemEvent;
import org.allianceledger.events.RevenueReported;
import org.allianceledger.events.ZoneFounded;
import org.allianceledger.platform.messaging.LedgerMetaData;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One stream's history (an alliance's, a zone's, a problem's) read from the event store itself (not from a
 * projection): rows streamed with a cursor, upcast and deserialized as Axon would, so even a million events pass
 * through constant memory.
 */
@Repository
public class AuditTrail {

    static final String EVENTS_PACKAGE = "org.allianceledger.events.";

    private final NamedParameterJdbcTemplate jdbc;
    private final Configuration axon;
    private final TransactionTemplate readOnly;

    AuditTrail(DataSource dataSource, Configuration axon, PlatformTransactionManager transactions) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(500); // PostgreSQL streams with a cursor, inside a transaction, at this fetch size
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.axon = axon;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** One event as auditors read it. */
    public record Entry(long sequence, String type, Instant recordedAt, LocalDate businessDate, Object payload,
                        String submittedBy, String correlationId, String causationId) {
    }

    /**
     * What to read: the events of the stream stored under aggregate identifier {@code stream}, after sequence
     * {@code after}, recorded in [from, to), of the given types (all if empty).
     */
    public record Filter(String stream, long after, Instant from, Instant to, List<String> types, Integer limit) {
    }

    /** Whether the event store holds any event under this aggregate identifier. */
    public boolean knows(String stream) {
        return Boolean.TRUE.equals(jdbc.getJdbcTemplate().queryForObject(
                "SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = ?)", Boolean.class,
                stream));
    }

    /** Reads the matching events oldest first, in a read-only transaction of its own (the cursor needs one). */
    public void read(Filter filter, Consumer<Entry> consumer) {
        readOnly.executeWithoutResult(status -> stream(filter, consumer));
    }

    private void stream(Filter filter, Consumer<Entry> consumer) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("stream", filter.stream())
                .addValue("after", filter.after())
                .addValue("from", filter.from() == null ? null : Timestamp.from(filter.from()))
                .addValue("to", filter.to() == null ? null : Timestamp.from(filter.to()))
                .addValue("types", filter.types().isEmpty() ? List.of("") : filter.types().stream().map(t -> EVENTS_PACKAGE + t).toList())
                .addValue("anyType", filter.types().isEmpty())
                .addValue("limit", filter.limit() == null ? Integer.MAX_VALUE : filter.limit());
        try (Stream<GenericDomainEventEntry<byte[]>> rows = jdbc.queryForStream("""
                SELECT aggregate_identifier, sequence_number, event_identifier, time_stamp, payload_type,
                       payload_revision, payload, meta_data, type
                FROM domain_event_entry
                WHERE aggregate_identifier = :stream AND sequence_number > :after
                  AND (CAST(:from AS timestamptz) IS NULL OR CAST(time_stamp AS timestamptz) >= :from)
                  AND (CAST(:to AS timestamptz) IS NULL OR CAST(time_stamp AS timestamptz) < :to)
                  AND (:anyType OR payload_type IN (:types))
                ORDER BY sequence_number
                LIMIT :limit""", parameters, (row, i) -> new GenericDomainEventEntry<>(
                        row.getString(9), row.getString(1), row.getLong(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getBytes(7), row.getBytes(8)))) {
            DomainEventStream events = EventStreamUtils.upcastAndDeserializeDomainEvents(
                    rows, axon.eventSerializer(), axon.upcasterChain());
            StreamSupport.stream(Spliterators.spliteratorUnknownSize(events, 0), false)
                    .map(AuditTrail::entry)
                    .forEach(consumer);
        }
    }

    private static Entry entry(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        return new Entry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
                         businessDate(payload), payload,
                         (String) event.getMetaData().get(LedgerMetaData.SUBMITTED_BY),
                         (String) event.getMetaData().get(LedgerMetaData.CORRELATION_ID),
                         (String) event.getMetaData().get(LedgerMetaData.CAUSATION_ID));
    }

    /**
     * An alliance's events say their day, and so do a problem's (its own stream, not the alliance's); a zone's
     * founding is the zone's only event so far, and says it too.
     */
    private static LocalDate businessDate(Object payload) {
        if (payload instanceof AllianceEvent dated) {
            return dated.businessDate();
        }
        if (payload instanceof ProblemEvent step) {
            return step.businessDate();
        }
        if (payload instanceof RevenueReported reported) {
            return reported.reportedOn();
        }
        return payload instanceof ZoneFounded founded ? founded.foundedOn() : null;
    }
}
