package org.allianceledger.query.members;

public enum AdmittedBy {
    FOUNDING,
    VOTE
}
