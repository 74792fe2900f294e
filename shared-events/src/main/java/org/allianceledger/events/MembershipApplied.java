package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise applied; {@code electorate} is frozen here: the members at the moment of filing.
 *
 * @param voteWindowEndsAt when the vote closes by itself if it is still open
 */
@Revision("1")
public record MembershipApplied(String allianceId,
                                String applicationId,
                                Enterprise applicant,
                                LocalDate filedOn,
                                String statement,
                                List<String> electorate,
                                Instant voteWindowEndsAt) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return filedOn;
    }
}
