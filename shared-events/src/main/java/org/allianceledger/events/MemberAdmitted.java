package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An approved applicant became a member; {@code memberSince} is the business date of the decision. */
@Revision("1")
public record MemberAdmitted(String allianceId,
                             Enterprise member,
                             LocalDate memberSince,
                             String applicationId) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return memberSince;
    }
}
