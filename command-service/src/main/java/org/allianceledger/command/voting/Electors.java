package org.allianceledger.command.voting;

import java.time.LocalDate;

/** The alliance's say on whether an elector may vote on a day: still a member, and not suspended then. */
@FunctionalInterface
public interface Electors {

    /** Refuses an elector who may not vote on {@code day}. */
    void requireMayVote(String elector, LocalDate day);
}
