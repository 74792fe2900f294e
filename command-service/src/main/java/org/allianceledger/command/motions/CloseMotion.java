package org.allianceledger.command.motions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CloseMotion(@TargetAggregateIdentifier String allianceId, String motionId, LocalDate closedOn,
                          String meetingId) {

    /** A close at no joint meeting. */
    public CloseMotion(String allianceId, String motionId, LocalDate closedOn) {
        this(allianceId, motionId, closedOn, null);
    }
}
