package org.allianceledger.query.applications;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Votes counted on an application as clients read them: the votes in favour are called {@code for}. */
public record Tally(@JsonProperty("for") int inFavour, int against, int abstain, int eligible) {

    public static Tally of(org.allianceledger.events.Tally counted) {
        return new Tally(counted.inFavour(), counted.against(), counted.abstain(), counted.eligible());
    }
}
