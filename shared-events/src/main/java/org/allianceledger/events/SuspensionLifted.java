package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A member's suspension ended early: it is not suspended from {@code effectiveOn} on. */
@Revision("1")
public record SuspensionLifted(String allianceId,
                               String member,
                               LocalDate effectiveOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
