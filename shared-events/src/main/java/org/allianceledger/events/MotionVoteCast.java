package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A vote on a motion; {@code meetingId} names the joint meeting it was cast at, or is null. */
@Revision("1")
public record MotionVoteCast(String allianceId,
                             String motionId,
                             String voter,
                             VoteDecision decision,
                             LocalDate castOn,
                             String meetingId) implements AllianceEvent {

    /** A vote that names no joint meeting. */
    public MotionVoteCast(String allianceId, String motionId, String voter, VoteDecision decision, LocalDate castOn) {
        this(allianceId, motionId, voter, decision, castOn, null);
    }

    @Override
    public LocalDate businessDate() {
        return castOn;
    }
}
