package org.allianceledger.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The alliance's written rules.
 *
 * @param quorum share of the electorate (0..1) that must have voted, abstentions included
 */
public record Charter(VotingRule votingRule, BigDecimal quorum, int chairTermMonths, int voteWindowDays) {

    /** A chair's term runs {@code chairTermMonths} calendar months from its first day. */
    public LocalDate termEnds(LocalDate began) {
        return termEnds(began, chairTermMonths);
    }

    public static LocalDate termEnds(LocalDate began, int chairTermMonths) {
        return began.plusMonths(chairTermMonths);
    }
}
