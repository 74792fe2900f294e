package org.allianceledger.command.membership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record WithdrawFromAlliance(@TargetAggregateIdentifier String allianceId,
                                   String member,
                                   LocalDate effectiveOn,
                                   String reason) {
}
