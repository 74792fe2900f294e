package org.allianceledger.command.rotation;

import org.allianceledger.command.Resendable;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** The same order again records nothing, so it may be resent. */
public record PlanRotation(@TargetAggregateIdentifier String allianceId,
                           List<String> order,
                           String note,
                           LocalDate plannedOn) implements Resendable {
}
