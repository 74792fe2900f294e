package org.allianceledger.command.membership;

import org.allianceledger.command.Resendable;
import org.allianceledger.events.VoteDecision;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CastVote(@TargetAggregateIdentifier String allianceId,
                       String applicationId,
                       String voter,
                       VoteDecision decision,
                       LocalDate castOn,
                       String meetingId) implements Resendable {

    /** A vote at no joint meeting. */
    public CastVote(String allianceId, String applicationId, String voter, VoteDecision decision, LocalDate castOn) {
        this(allianceId, applicationId, voter, decision, castOn, null);
    }
}
