package org.allianceledger.command.membership;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.allianceledger.events.Tally;

/** An application's standing as clients read it; the tally's votes in favour are called {@code for}. */
record ApplicationResponse(String allianceId,
                           String applicationId,
                           long version,
                           ApplicationStatus status,
                           TallyView tally,
                           ApplicationStatus outcome) {

    static ApplicationResponse of(ApplicationAnswer answer) {
        Tally tally = answer.tally();
        return new ApplicationResponse(answer.allianceId(), answer.applicationId(), answer.version(),
                                       answer.status(),
                                       new TallyView(tally.inFavour(), tally.against(), tally.abstain(), tally.eligible()),
                                       answer.outcome());
    }

    record TallyView(@JsonProperty("for") int inFavour, int against, int abstain, int eligible) {
    }
}
