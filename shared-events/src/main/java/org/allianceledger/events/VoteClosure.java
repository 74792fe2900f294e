package org.allianceledger.events;

/** What closed a vote. */
public enum VoteClosure {
    ALL_VOTED,
    CLOSED_BY_OPERATOR,
    VOTE_WINDOW_EXPIRED
}
