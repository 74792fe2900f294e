package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record MotionApproved(String allianceId,
                             String motionId,
                             MotionKind kind,
                             String subject,
                             LocalDate decidedOn,
                             Tally tally,
                             VoteClosure closure) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
