package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An elector stood aside from a motion's vote before voting; {@code eligible} is the electorate left. */
@Revision("1")
public record MotionVoterRecused(String allianceId,
                                 String motionId,
                                 String voter,
                                 String reason,
                                 LocalDate recusedOn,
                                 int eligible) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return recusedOn;
    }
}
