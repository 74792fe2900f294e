package org.allianceledger.events;

import java.time.LocalDate;

/** An instructor serves one more member from {@code effectiveOn}. */
public record InstructorPosted(String allianceId,
                               String instructorId,
                               String enterprise,
                               LocalDate effectiveOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
