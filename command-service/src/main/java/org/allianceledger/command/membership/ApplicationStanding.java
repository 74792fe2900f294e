package org.allianceledger.command.membership;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.allianceledger.events.Tally;

/** Where an application stands after a command: its tally and, once closed, its outcome. */
public record ApplicationStanding(String allianceId,
                                  String applicationId,
                                  long version,
                                  ApplicationStatus status,
                                  Votes tally,
                                  ApplicationStatus outcome) {

    /** The tally as the API names its counts: the votes in favour are {@code for}, a word Java keeps for itself. */
    public record Votes(@JsonProperty("for") int inFavour, int against, int abstain, int eligible) {

        public static Votes of(Tally tally) {
            return new Votes(tally.inFavour(), tally.against(), tally.abstain(), tally.eligible());
        }
    }
}
