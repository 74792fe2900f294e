package org.allianceledger.query.projections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * The events the projections are parked on, per alliance, as Axon's dead-letter queue holds them
 * ({@code dead_letter_entry}, which Flyway owns). Read with one query however many are parked: Axon's queue API
 * would load and deserialize letters to count them, and health checks and metric scrapes ask every few seconds.
 */
@Component
public class ParkedEvents {

    /**
     * One alliance's parked events: how many, and the first of them, the one a projection failed on (the others
     * wait behind it, to keep the alliance's order).
     */
    public record ParkedAlliance(String allianceId, long events, String firstEvent, Long firstSequence,
                                 String causeType, String cause, Instant since) {
    }

    public record ParkedSummary(long events, List<ParkedAlliance> alliances) {
    }

    private final JdbcClient jdbc;

    ParkedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every alliance with parked events, the longest parked first. */
    ParkedSummary summary() {
        List<ParkedAlliance> alliances = jdbc.sql("""
                        SELECT DISTINCT ON (sequence_identifier) sequence_identifier, payload_type, sequence_number,
                               cause_type, cause_message, enqueued_at, count(*) OVER (PARTITION BY sequence_identifier) AS events
                        FROM dead_letter_entry WHERE processing_group = ?
                        ORDER BY sequence_identifier, sequence_index""")
                .param(ProjectionGroup.NAME)
                .query((row, i) -> new ParkedAlliance(row.getString("sequence_identifier"), row.getLong("events"),
                                                      simpleName(row.getString("payload_type")),
                                                      row.getObject("sequence_number", Long.class),
                                                      row.getString("cause_type"), row.getString("cause_message"),
                                                      row.getObject("enqueued_at", OffsetDateTime.class).toInstant()))
                .list()
                .stream()
                .sorted(Comparator.comparing(ParkedAlliance::since).thenComparing(ParkedAlliance::allianceId))
                .toList();
        return new ParkedSummary(alliances.stream().mapToLong(ParkedAlliance::events).sum(), alliances);
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?")
                .param(ProjectionGroup.NAME).query(Long.class).single();
    }

    /** How many of an alliance's events are parked. */
    public long of(String allianceId) {
        return jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ? AND sequence_identifier = ?")
                .param(ProjectionGroup.NAME).param(allianceId).query(Long.class).single();
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
