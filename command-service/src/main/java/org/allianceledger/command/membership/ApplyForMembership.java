package org.allianceledger.command.membership;

import org.allianceledger.command.Resendable;
import org.allianceledger.events.Enterprise;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ApplyForMembership(@TargetAggregateIdentifier String allianceId,
                                 String applicationId,
                                 Enterprise applicant,
                                 LocalDate filedOn,
                                 String statement) implements Resendable {
}
