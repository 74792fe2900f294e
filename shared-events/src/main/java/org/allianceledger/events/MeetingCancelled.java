package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A scheduled joint meeting will not be held; {@code cancelledOn} is the day the cancellation was recorded. */
@Revision("1")
public record MeetingCancelled(String allianceId,
                               String meetingId,
                               String reason,
                               LocalDate cancelledOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return cancelledOn;
    }
}
