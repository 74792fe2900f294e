package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An instructor serves one more member from {@code effectiveOn}. */
@Revision("1")
public record InstructorPosted(String allianceId,
                               String instructorId,
                               String enterprise,
                               LocalDate effectiveOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
