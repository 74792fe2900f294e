package org.allianceledger.command.problems;

import org.allianceledger.command.Resendable;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Asks the alliance, in its turn, whether the department is its partner on the assignment day. Records nothing. */
public record VouchForAssignment(@TargetAggregateIdentifier String allianceId,
                                 String departmentId,
                                 LocalDate assignedOn) implements Resendable {
}
