package org.allianceledger.command.membership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CloseVote(@TargetAggregateIdentifier String allianceId, String applicationId, LocalDate closedOn,
                        String meetingId) {

    /** A close at no joint meeting. */
    public CloseVote(String allianceId, String applicationId, LocalDate closedOn) {
        this(allianceId, applicationId, closedOn, null);
    }
}
