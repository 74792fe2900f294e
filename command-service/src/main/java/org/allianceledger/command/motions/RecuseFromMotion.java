package org.allianceledger.command.motions;

import org.allianceledger.command.Resendable;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecuseFromMotion(@TargetAggregateIdentifier String allianceId,
                               String motionId,
                               String voter,
                               String reason,
                               LocalDate recusedOn) implements Resendable {
}
