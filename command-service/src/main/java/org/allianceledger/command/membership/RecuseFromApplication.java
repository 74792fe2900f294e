package org.allianceledger.command.membership;

import org.allianceledger.command.Resendable;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecuseFromApplication(@TargetAggregateIdentifier String allianceId,
                                    String applicationId,
                                    String voter,
                                    String reason,
                                    LocalDate recusedOn) implements Resendable {
}
