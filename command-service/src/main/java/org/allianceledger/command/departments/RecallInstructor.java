package org.allianceledger.command.departments;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecallInstructor(@TargetAggregateIdentifier String allianceId,
                               String instructorId,
                               LocalDate effectiveOn) {
}
