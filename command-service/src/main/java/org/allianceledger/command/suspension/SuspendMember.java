package org.allianceledger.command.suspension;

import org.allianceledger.command.Resendable;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** @param until the last day suspended; null until lifted */
public record SuspendMember(@TargetAggregateIdentifier String allianceId,
                            String member,
                            LocalDate from,
                            LocalDate until,
                            String reason) implements Resendable {
}
