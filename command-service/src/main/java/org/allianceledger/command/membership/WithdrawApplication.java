package org.allianceledger.command.membership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record WithdrawApplication(@TargetAggregateIdentifier String allianceId,
                                  String applicationId,
                                  LocalDate withdrawnOn) {
}
