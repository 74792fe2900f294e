package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ApplicationWithdrawn(String allianceId,
                                   String applicationId,
                                   String applicant,
                                   LocalDate withdrawnOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return withdrawnOn;
    }
}
