package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The chair passed the rotation on; the new term runs from {@code effectiveOn} until {@code termEnds}; {@code meetingId}
 * names the joint meeting it took effect at, or is null.
 */
@Revision("1")
public record RotationHandedOver(String allianceId,
                                 String from,
                                 String to,
                                 LocalDate effectiveOn,
                                 LocalDate termEnds,
                                 String note,
                                 String meetingId) implements AllianceEvent {

    /** A handover at no joint meeting. */
    public RotationHandedOver(String allianceId, String from, String to, LocalDate effectiveOn, LocalDate termEnds,
                              String note) {
        this(allianceId, from, to, effectiveOn, termEnds, note, null);
    }

    @Override
    public LocalDate businessDate() {
        return effectiveOn;
    }
}
