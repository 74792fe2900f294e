package org.allianceledger.events;

import java.math.BigDecimal;

/**
 * The alliance's written rules.
 *
 * @param quorum share of the electorate (0..1) that must have voted, abstentions included
 */
public record Charter(VotingRule votingRule, BigDecimal quorum, int chairTermMonths, int voteWindowDays) {
}
