package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An approved expulsion motion removed a member; it is not a member from {@code effectiveOn} on. */
@Revision("1")
public record MemberExpelled(String allianceId,
                             String member,
                             LocalDate effectiveOn,
                             String motionId) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
