package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A chair's term ended without a handover; the next handover clears it. */
@Revision("1")
public record RotationOverdue(String allianceId,
                              String chair,
                              LocalDate termBegan,
                              LocalDate termEnded) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return termEnded;
    }
}
