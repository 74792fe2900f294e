package org.allianceledger.command.rotation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record HandOverRotation(@TargetAggregateIdentifier String allianceId,
                               String from,
                               String to,
                               LocalDate effectiveOn,
                               String note,
                               String meetingId) {

    /** A handover at no joint meeting. */
    public HandOverRotation(String allianceId, String from, String to, LocalDate effectiveOn, String note) {
        this(allianceId, from, to, effectiveOn, note, null);
    }
}
