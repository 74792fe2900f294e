package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A joint meeting (联席会议) was planned for a day, possibly ahead, with its agenda. */
@Revision("1")
public record MeetingScheduled(String allianceId,
                               String meetingId,
                               String title,
                               LocalDate scheduledOn,
                               List<String> agenda) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return scheduledOn;
    }
}
