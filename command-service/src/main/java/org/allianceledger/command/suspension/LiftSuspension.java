package org.allianceledger.command.suspension;

import org.allianceledger.command.Resendable;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record LiftSuspension(@TargetAggregateIdentifier String allianceId,
                             String member,
                             LocalDate effectiveOn) implements Resendable {
}
