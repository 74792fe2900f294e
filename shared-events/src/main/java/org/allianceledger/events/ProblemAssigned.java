package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The problem was assigned (交办) to a partner department, to be resolved by {@code dueOn}; again to reassign it. */
@Revision("1")
public record ProblemAssigned(String allianceId,
                              String problemId,
                              String departmentId,
                              LocalDate assignedOn,
                              LocalDate dueOn) implements ProblemEvent {

    @Override
    public LocalDate businessDate() {
        return assignedOn;
    }
}
