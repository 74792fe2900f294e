package org.allianceledger.command.rotation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record PlanRotation(@TargetAggregateIdentifier String allianceId,
                           List<String> order,
                           String note,
                           LocalDate plannedOn) {
}
