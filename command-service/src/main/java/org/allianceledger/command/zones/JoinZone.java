package org.allianceledger.command.zones;

import org.allianceledger.command.Resendable;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The alliance joins the zone, a command on the alliance. The zone's founding day is looked up before it is sent
 * ({@link ZoneFoundings}): zones are never removed, so what was found cannot change while the command waits its turn.
 */
public record JoinZone(@TargetAggregateIdentifier String allianceId,
                       String zoneId,
                       LocalDate joinedOn,
                       LocalDate zoneFoundedOn) implements Resendable {
}
