package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The chair passed the rotation on; the new term runs from {@code effectiveOn} until {@code termEnds}. */
@Revision("1")
public record RotationHandedOver(String allianceId,
                                 String from,
                                 String to,
                                 LocalDate effectiveOn,
                                 LocalDate termEnds,
                                 String note) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
