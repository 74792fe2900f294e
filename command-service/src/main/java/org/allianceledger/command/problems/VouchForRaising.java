package org.allianceledger.command.problems;

import org.allianceledger.command.Resendable;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Asks the alliance, in its turn, whether a problem may be raised: {@code raisedBy} a member on {@code raisedOn}, the
 * visit (if named) one of its own. Records nothing, so sending it again is always safe; the problem is raised after the answer (decision 15).
 */
public record VouchForRaising(@TargetAggregateIdentifier String allianceId,
                              String raisedBy,
                              LocalDate raisedOn,
                              String visitId) implements Resendable {
}
