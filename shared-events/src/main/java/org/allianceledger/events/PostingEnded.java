package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An instructor no longer serves a member from {@code effectiveOn} on; {@code reason} says what ended it. */
@Revision("1")
public record PostingEnded(String allianceId,
                           String instructorId,
                           String enterprise,
                           LocalDate effectiveOn,
                           PostingEndReason reason) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
