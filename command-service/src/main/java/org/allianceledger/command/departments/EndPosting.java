package org.allianceledger.command.departments;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record EndPosting(@TargetAggregateIdentifier String allianceId,
                         String instructorId,
                         String enterprise,
                         LocalDate effectiveOn) {
}
