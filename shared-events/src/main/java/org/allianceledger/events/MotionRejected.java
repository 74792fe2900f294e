package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record MotionRejected(String allianceId,
                             String motionId,
                             MotionKind kind,
                             String subject,
                             LocalDate decidedOn,
                             Tally tally,
                             VoteClosure closure,
                             RejectionReason reason) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
