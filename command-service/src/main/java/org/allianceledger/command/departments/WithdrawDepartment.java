package org.allianceledger.command.departments;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record WithdrawDepartment(@TargetAggregateIdentifier String allianceId,
                                 String departmentId,
                                 LocalDate effectiveOn) {
}
