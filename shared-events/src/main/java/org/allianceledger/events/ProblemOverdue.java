package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The problem's due date passed while it was ASSIGNED; its business date is the first day late. Resolving clears it. */
@Revision("1")
public record ProblemOverdue(String allianceId,
                             String problemId,
                             LocalDate dueOn) implements ProblemEvent {

    @Override
    public LocalDate businessDate() {
        return dueOn.plusDays(1);
    }
}
