package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A member raised a problem (问题台账): OPEN until assigned. {@code visitId} names the visit it came up on, if any. */
@Revision("1")
public record ProblemRaised(String allianceId,
                            String problemId,
                            String raisedBy,
                            LocalDate raisedOn,
                            ProblemCategory category,
                            String title,
                            String description,
                            boolean chainWide,
                            String visitId) implements ProblemEvent {

    @Override
    public LocalDate businessDate() {
        return raisedOn;
    }
}
