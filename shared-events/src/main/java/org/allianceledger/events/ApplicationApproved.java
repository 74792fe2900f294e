package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The vote approved the application; {@code meetingId} names the joint meeting that decided it, or is null. */
@Revision("1")
public record ApplicationApproved(String allianceId,
                                  String applicationId,
                                  String applicant,
                                  LocalDate decidedOn,
                                  Tally tally,
                                  VoteClosure closure,
                                  String meetingId) implements AllianceEvent {

    /** A decision taken at no joint meeting. */
    public ApplicationApproved(String allianceId, String applicationId, String applicant, LocalDate decidedOn,
                               Tally tally, VoteClosure closure) {
        this(allianceId, applicationId, applicant, decidedOn, tally, closure, null);
    }

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
