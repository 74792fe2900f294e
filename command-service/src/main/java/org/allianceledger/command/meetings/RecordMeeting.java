package org.allianceledger.command.meetings;

import org.allianceledger.command.Resendable;
import org.allianceledger.events.Attendees;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The meeting was held; {@code heldOn} null means on its scheduled day. */
public record RecordMeeting(@TargetAggregateIdentifier String allianceId,
                            String meetingId,
                            LocalDate heldOn,
                            Attendees attendees,
                            String minutes) implements Resendable {
}
