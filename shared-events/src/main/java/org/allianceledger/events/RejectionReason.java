package org.allianceledger.events;

public enum RejectionReason {
    QUORUM_NOT_MET,
    VOTING_RULE_NOT_MET
}
