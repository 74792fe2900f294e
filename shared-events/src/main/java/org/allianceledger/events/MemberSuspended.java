package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A member may neither vote nor be a party of a deal from {@code from} through {@code until} (the last day
 * suspended; null: until lifted).
 */
@Revision("1")
public record MemberSuspended(String allianceId,
                              String member,
                              LocalDate from,
                              LocalDate until,
                              String reason) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return from;
    }
}
