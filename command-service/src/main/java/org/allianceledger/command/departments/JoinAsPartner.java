package org.allianceledger.command.departments;

import org.allianceledger.command.Resendable;
import org.allianceledger.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent again unchanged while the department is still a partner, it answers as before and records nothing. */
public record JoinAsPartner(@TargetAggregateIdentifier String allianceId,
                            Department department,
                            LocalDate joinedOn) implements Resendable {
}
