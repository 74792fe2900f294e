package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The alliance belongs to the zone from {@code joinedOn} on; it is in at most one zone, and never leaves it. */
@Revision("1")
public record AllianceJoinedZone(String allianceId,
                                 String zoneId,
                                 LocalDate joinedOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return joinedOn;
    }
}
