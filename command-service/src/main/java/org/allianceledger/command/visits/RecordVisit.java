package org.allianceledger.command.visits;

import org.allianceledger.command.Resendable;
import org.allianceledger.events.Visitor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordVisit(@TargetAggregateIdentifier String allianceId,
                          String visitId,
                          Visitor visitor,
                          String enterprise,
                          LocalDate visitedOn,
                          String notes) implements Resendable {
}
