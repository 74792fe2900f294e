package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A vote on an application; {@code meetingId} names the joint meeting it was cast at, or is null. */
@Revision("1")
public record VoteCast(String allianceId,
                       String applicationId,
                       String voter,
                       VoteDecision decision,
                       LocalDate castOn,
                       String meetingId) implements AllianceEvent {

    /** A vote that names no joint meeting. */
    public VoteCast(String allianceId, String applicationId, String voter, VoteDecision decision, LocalDate castOn) {
        this(allianceId, applicationId, voter, decision, castOn, null);
    }

    @Override
    public LocalDate businessDate() {
        return castOn;
    }
}
