package org.allianceledger.command.departments;

import org.allianceledger.command.Resendable;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent again while the posting stands, it records nothing: the instructor already serves that member. */
public record PostInstructor(@TargetAggregateIdentifier String allianceId,
                             String instructorId,
                             String enterprise,
                             LocalDate effectiveOn) implements Resendable {
}
