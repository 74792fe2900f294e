package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ApplicationApproved(String allianceId,
                                  String applicationId,
                                  String applicant,
                                  LocalDate decidedOn,
                                  Tally tally,
                                  VoteClosure closure) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
