package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A joint meeting was held on {@code heldOn}: who attended, and its minutes (may be null). */
@Revision("1")
public record MeetingRecorded(String allianceId,
                              String meetingId,
                              LocalDate heldOn,
                              Attendees attendees,
                              String minutes) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }
}
