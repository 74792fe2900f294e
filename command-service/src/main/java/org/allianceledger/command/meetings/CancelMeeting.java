package org.allianceledger.command.meetings;

import org.allianceledger.command.Resendable;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelMeeting(@TargetAggregateIdentifier String allianceId,
                            String meetingId,
                            String reason) implements Resendable {
}
