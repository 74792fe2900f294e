package org.allianceledger.query.projections;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Axon's JDBC engine, reading each tracked event's timestamp once. Axon parses it when reading the row (to tell
 * whether a gap before it may still fill) and its entry parses the text again whenever the message's timestamp is
 * asked for; here the entry keeps the instant read. The token is advanced exactly as Axon's engine does.
 */
class EventStoreEngine extends JdbcEventStorageEngine {

    private final EventSchema schema;
    private final int maxGapOffset;
    private final long lowestGlobalSequence;
    private final long gapTimeoutMillis;

    EventStoreEngine(Builder builder, EventSchema schema, int maxGapOffset, long lowestGlobalSequence,
                     int gapTimeoutMillis) {
        super(builder.schema(schema).maxGapOffset(maxGapOffset).lowestGlobalSequence(lowestGlobalSequence)
                      .gapTimeout(gapTimeoutMillis));
        this.schema = schema;
        this.maxGapOffset = maxGapOffset;
        this.lowestGlobalSequence = lowestGlobalSequence;
        this.gapTimeoutMillis = gapTimeoutMillis;
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        long globalSequence = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
        String timestamp = resultSet.getString(schema.timestampColumn());
        Instant instant = StoredTimestamps.parse(timestamp);
        ParsedEntry<?> entry = new ParsedEntry<>(
                resultSet.getString(schema.typeColumn()),
                // as Axon's engine: an event that is no aggregate's carries its own identifier there
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(schema.sequenceNumberColumn()), eventIdentifier, timestamp, instant,
                resultSet.getString(schema.payloadTypeColumn()), resultSet.getString(schema.payloadRevisionColumn()),
                readPayload(resultSet, schema.payloadColumn()), readPayload(resultSet, schema.metaDataColumn()));
        boolean allowGaps = instant.isAfter(GenericEventMessage.clock.instant().minusMillis(gapTimeoutMillis));
        GapAwareTrackingToken token;
        if (previousToken == null) {
            token = GapAwareTrackingToken.newInstance(globalSequence, allowGaps
                    ? LongStream.range(Math.min(lowestGlobalSequence, globalSequence), globalSequence).boxed()
                            .collect(Collectors.toCollection(TreeSet::new))
                    : Collections.emptySortedSet());
        } else {
            token = previousToken.advanceTo(globalSequence, allowGaps ? maxGapOffset : 0);
        }
        return new TrackedDomainEventData<>(token, entry);
    }

    /** An entry whose timestamp was parsed as it was read. */
    private static final class ParsedEntry<T> extends GenericDomainEventEntry<T> {

        private final Instant instant;

        ParsedEntry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                    String timestamp, Instant instant, String payloadType, String payloadRevision, T payload,
                    T metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, timestamp, payloadType, payloadRevision,
                  payload, metaData);
            this.instant = instant;
        }

        @Override
        public Instant getTimestamp() {
            return instant;
        }
    }
}
