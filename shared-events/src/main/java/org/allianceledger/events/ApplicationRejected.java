package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The vote rejected the application; {@code meetingId} names the joint meeting that decided it, or is null. */
@Revision("1")
public record ApplicationRejected(String allianceId,
                                  String applicationId,
                                  String applicant,
                                  LocalDate decidedOn,
                                  Tally tally,
                                  VoteClosure closure,
                                  RejectionReason reason,
                                  String meetingId) implements AllianceEvent {

    /** A decision taken at no joint meeting. */
    public ApplicationRejected(String allianceId, String applicationId, String applicant, LocalDate decidedOn,
                               Tally tally, VoteClosure closure, RejectionReason reason) {
        this(allianceId, applicationId, applicant, decidedOn, tally, closure, reason, null);
    }

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
