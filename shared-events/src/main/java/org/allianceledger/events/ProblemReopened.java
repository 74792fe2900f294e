package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A resolved or closed problem was reopened: ASSIGNED again, to its last department with its last due date. */
@Revision("1")
public record ProblemReopened(String allianceId,
                              String problemId,
                              String reason,
                              LocalDate reopenedOn) implements ProblemEvent {

    @Override
    public LocalDate businessDate() {
        return reopenedOn;
    }
}
