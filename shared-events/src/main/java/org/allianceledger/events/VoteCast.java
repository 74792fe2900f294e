package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record VoteCast(String allianceId,
                       String applicationId,
                       String voter,
                       VoteDecision decision,
                       LocalDate castOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return castOn;
    }
}
