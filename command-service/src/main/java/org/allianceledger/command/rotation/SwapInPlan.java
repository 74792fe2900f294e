package org.allianceledger.command.rotation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record SwapInPlan(@TargetAggregateIdentifier String allianceId,
                         String first,
                         String second,
                         String note,
                         LocalDate swappedOn) {
}
