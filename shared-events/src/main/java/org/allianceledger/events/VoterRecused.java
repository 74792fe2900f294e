package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An elector stood aside from an application's vote before voting; {@code eligible} is the electorate left,
 * from which quorum counts.
 */
@Revision("1")
public record VoterRecused(String allianceId,
                           String applicationId,
                           String voter,
                           String reason,
                           LocalDate recusedOn,
                           int eligible) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return recusedOn;
    }
}
