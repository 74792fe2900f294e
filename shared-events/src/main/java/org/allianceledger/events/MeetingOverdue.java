package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * No joint meeting was held within {@code meetingEveryMonths} of the last one (or of the founding, when none was):
 * {@code lastHeldOn} is that day, {@code dueOn} the last day a meeting was due. The next meeting held clears it.
 */
@Revision("1")
public record MeetingOverdue(String allianceId,
                             LocalDate lastHeldOn,
                             LocalDate dueOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return dueOn;
    }
}
