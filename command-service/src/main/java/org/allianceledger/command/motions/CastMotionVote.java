package org.allianceledger.command.motions;

import org.allianceledger.command.Resendable;
import org.allianceledger.events.VoteDecision;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CastMotionVote(@TargetAggregateIdentifier String allianceId,
                             String motionId,
                             String voter,
                             VoteDecision decision,
                             LocalDate castOn,
                             String meetingId) implements Resendable {

    /** A vote at no joint meeting. */
    public CastMotionVote(String allianceId, String motionId, String voter, VoteDecision decision, LocalDate castOn) {
        this(allianceId, motionId, voter, decision, castOn, null);
    }
}
