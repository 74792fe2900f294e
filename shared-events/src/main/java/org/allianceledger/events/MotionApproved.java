package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The vote approved the motion; {@code meetingId} names the joint meeting that decided it, or is null. */
@Revision("1")
public record MotionApproved(String allianceId,
                             String motionId,
                             MotionKind kind,
                             String subject,
                             LocalDate decidedOn,
                             Tally tally,
                             VoteClosure closure,
                             String meetingId) implements AllianceEvent {

    /** A decision taken at no joint meeting. */
    public MotionApproved(String allianceId, String motionId, MotionKind kind, String subject, LocalDate decidedOn,
                          Tally tally, VoteClosure closure) {
        this(allianceId, motionId, kind, subject, decidedOn, tally, closure, null);
    }

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
