package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An instructor was recalled from {@code effectiveOn} on (by the department, or because it withdrew): no longer
 * counted in its department's quota, and never posted again. The postings' ends are recorded before it.
 */
@Revision("1")
public record InstructorRecalled(String allianceId,
                                 String instructorId,
                                 LocalDate effectiveOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
