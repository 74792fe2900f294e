package org.allianceledger.events;

/** How a joint meeting decides an application once quorum is met. */
public enum VotingRule {
    SIMPLE_MAJORITY,
    TWO_THIRDS,
    UNANIMOUS
}
