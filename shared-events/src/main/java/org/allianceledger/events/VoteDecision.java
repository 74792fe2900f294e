package org.allianceledger.events;

public enum VoteDecision {
    FOR,
    AGAINST,
    ABSTAIN
}
