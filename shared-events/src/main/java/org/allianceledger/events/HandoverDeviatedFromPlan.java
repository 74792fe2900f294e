package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The handover recorded just before went to {@code to} instead of the plan's next, {@code planned}; the note says
 * why. Kept apart from RotationHandedOver so that event keeps its shape.
 */
@Revision("1")
public record HandoverDeviatedFromPlan(String allianceId,
                                       String planned,
                                       String to,
                                       LocalDate effectiveOn,
                                       String note) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
