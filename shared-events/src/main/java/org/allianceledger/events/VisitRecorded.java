package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An instructor or a partner department visited a member (走访); problems raised there may name the visit. */
@Revision("1")
public record VisitRecorded(String allianceId,
                            String visitId,
                            Visitor visitor,
                            String enterprise,
                            LocalDate visitedOn,
                            String notes) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return visitedOn;
    }
}
