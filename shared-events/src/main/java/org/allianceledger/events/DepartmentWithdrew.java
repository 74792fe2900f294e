package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A partner department withdrew; it is no partner from {@code effectiveOn} on. Its instructors' postings ending and
 * their recall are recorded before it, each as its own event.
 */
@Revision("1")
public record DepartmentWithdrew(String allianceId,
                                 String departmentId,
                                 LocalDate effectiveOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
