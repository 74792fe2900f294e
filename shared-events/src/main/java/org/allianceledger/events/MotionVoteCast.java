package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record MotionVoteCast(String allianceId,
                             String motionId,
                             String voter,
                             VoteDecision decision,
                             LocalDate castOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return castOn;
    }
}
