package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The vote rejected the motion; {@code meetingId} names the joint meeting that decided it, or is null. */
@Revision("1")
public record MotionRejected(String allianceId,
                             String motionId,
                             MotionKind kind,
                             String subject,
                             LocalDate decidedOn,
                             Tally tally,
                             VoteClosure closure,
                             RejectionReason reason,
                             String meetingId) implements AllianceEvent {

    /** A decision taken at no joint meeting. */
    public MotionRejected(String allianceId, String motionId, MotionKind kind, String subject, LocalDate decidedOn,
                          Tally tally, VoteClosure closure, RejectionReason reason) {
        this(allianceId, motionId, kind, subject, decidedOn, tally, closure, reason, null);
    }

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
