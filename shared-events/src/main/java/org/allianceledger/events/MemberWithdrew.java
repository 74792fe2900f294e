package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A member left the alliance; it is not a member from {@code effectiveOn} on. */
@Revision("1")
public record MemberWithdrew(String allianceId,
                             String member,
                             LocalDate effectiveOn,
                             String reason) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
