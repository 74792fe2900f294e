package org.allianceledger.command.voting;

import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VotingRule;

import java.math.BigDecimal;
import java.util.Optional;

/** The charter's decision on a closed vote, exactly as the API defines quorum and the three rules. */
public final class VotingOutcome {

    private VotingOutcome() {
    }

    /** Empty when approved, otherwise why it was rejected. */
    public static Optional<RejectionReason> rejection(VotingRule rule, BigDecimal quorum, Tally tally) {
        BigDecimal required = quorum.multiply(BigDecimal.valueOf(tally.eligible()));
        if (BigDecimal.valueOf(tally.cast()).compareTo(required) < 0) {
            return Optional.of(RejectionReason.QUORUM_NOT_MET);
        }
        return passes(rule, tally) ? Optional.empty() : Optional.of(RejectionReason.VOTING_RULE_NOT_MET);
    }

    private static boolean passes(VotingRule rule, Tally tally) {
        return switch (rule) {
            case SIMPLE_MAJORITY -> tally.inFavour() > tally.against();
            // FOR >= 2/3 of FOR + AGAINST, in integers
            case TWO_THIRDS -> 3L * tally.inFavour() >= 2L * (tally.inFavour() + tally.against());
            case UNANIMOUS -> tally.inFavour() >= 1 && tally.against() == 0;
        };
    }
}
