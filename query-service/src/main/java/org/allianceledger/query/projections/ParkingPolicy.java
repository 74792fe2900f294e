package org.allianceledger.query.projections;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * Parks every event a projection fails on, as Axon's default policy does, and says so at ERROR: the alliance's
 * read models stop there (its later events queue behind it) until an admin retries it. Axon asks again when a
 * retry fails, and the event stays parked.
 * <p>
 * The letter keeps the most specific cause, the database's own message rather than the SQL statement wrapped
 * around it; the log line has the whole chain.
 */
@Component
class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ParkingPolicy.class);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        Throwable specific = NestedExceptionUtils.getMostSpecificCause(cause);
        log.error("A projection failed on event {} #{} of alliance {} (id {}): parked, with the alliance's later "
                  + "events, until retried (POST /api/admin/dead-letters/retry). Cause: {}",
                  event.getPayloadType().getSimpleName(), domain == null ? null : domain.getSequenceNumber(),
                  domain == null ? null : domain.getAggregateIdentifier(), event.getIdentifier(), specific, cause);
        return Decisions.enqueue(ThrowableCause.truncated(specific));
    }
}
