package org.allianceledger.command.motions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CloseMotion(@TargetAggregateIdentifier String allianceId, String motionId, LocalDate closedOn) {
}
