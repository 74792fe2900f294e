package org.allianceledger.command.rotation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record HandOverRotation(@TargetAggregateIdentifier String allianceId,
                               String from,
                               String to,
                               LocalDate effectiveOn,
                               String note) {
}
